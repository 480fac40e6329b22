"""Schemathesis against the app's own OpenAPI schema (the app `policyqa serve` runs, evaluation
routes included), over the real corpus index.

Every operation gets schema-driven requests (valid and invalid bodies, parameters, uploads);
each response must not be a 5xx and must conform to the schema: a documented status code,
the documented content type and headers, and a body that validates against the response schema.
Examples are bounded (hypothesis settings below) so the file runs in well under a minute.
"""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from policyqa import create_app
from server.deps import get_index

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_headers_conformance, response_schema_conformance]


def _app():
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("POLICYQA_RATE_LIMIT", "off")  # hundreds of requests from one client in seconds
        mp.delenv("POLICYQA_API_KEY", raising=False)
        return create_app()


# Loaded at import (schemathesis parametrizes at collection); the schema needs no index, the
# requests do: the fixture below hands them the session's real index.
app = _app()
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.fixture(autouse=True)
def real_index(index):
    app.dependency_overrides[get_index] = lambda: index
    yield
    app.dependency_overrides.clear()


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                 HealthCheck.function_scoped_fixture])
def test_every_operation_answers_within_its_schema(case):
    case.call_and_validate(checks=CHECKS)


def test_the_schema_covers_the_api():
    """The fuzzing above is only as wide as the schema: every API route must be in it."""
    assert set(app.openapi()["paths"]) >= {
        "/api/health", "/api/documents", "/api/documents/{doc_id}", "/api/ask", "/api/ask/stream",
        "/api/figures", "/api/figures/plan-tables", "/api/compute", "/api/compliance/schools",
        "/api/jobs", "/api/jobs/{job_id}", "/api/jobs/{job_id}/events", "/api/reports", "/api/reports/{run_id}",
        "/api/reports/{run_id}/report.xlsx"}
