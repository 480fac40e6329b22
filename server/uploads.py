"""Reading the form of a multipart upload.

The security middleware bounds an upload's size while it streams in (server/security.py:
POLICYQA_MAX_UPLOAD, POLICYQA_MAX_UPLOAD_BATCH for the document library) without holding it;
Starlette spools each file to a temporary file, so memory stays flat whatever the size.
"""
from __future__ import annotations

from fastapi import HTTPException, Request
from starlette.datastructures import FormData

MIB = 1024 * 1024


async def receive_form(request: Request, max_files: int) -> FormData:
    """The parsed multipart form; 400 if it does not parse (413 from the middleware past the limit)."""
    try:
        return await request.form(max_files=max_files, max_fields=20)
    except HTTPException as e:
        if e.status_code != 400:
            raise
        raise HTTPException(400, f"无法解析上传内容 / cannot parse the upload: {e.detail}") from None
