"""Receiving a multipart upload under a byte limit, without buffering it in memory.

The security middleware buffers request bodies to check them; multipart uploads of files
(server.security.STREAMED_UPLOADS) pass through it unbuffered and are limited here instead:
a declared Content-Length over the limit is refused before anything is read, and a body that
streams past it is cut off at the limit (413 either way). Starlette spools each file to a
temporary file, so memory stays flat whatever the size.
"""
from __future__ import annotations

from typing import Any

from fastapi import HTTPException, Request
from starlette.datastructures import FormData
from starlette.formparsers import MultiPartException

MIB = 1024 * 1024


class _TooLarge(Exception):
    pass


async def receive_form(request: Request, limit: int, max_files: int, setting: str) -> FormData:
    """The parsed multipart form; 413 (naming `setting`) past `limit` bytes, 400 if it does not parse."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(limit, setting)
    received = 0
    receive = request.receive

    async def counting_receive() -> Any:
        nonlocal received
        message = await receive()
        received += len(message.get("body", b""))
        if received > limit:
            raise _TooLarge()
        return message

    try:
        return await Request(request.scope, counting_receive).form(max_files=max_files, max_fields=20)
    except _TooLarge:
        raise _too_large(limit, setting) from None
    except MultiPartException as e:
        raise HTTPException(400, f"无法解析上传内容 / cannot parse the upload: {e.message}") from None


def _too_large(limit: int, setting: str) -> HTTPException:
    return HTTPException(413, f"上传内容过大（上限 {limit / MIB:g} MiB）/ upload larger than {limit / MIB:g} MiB "
                              f"({setting})")
