"""The API suite again with its metadata in a real PostgreSQL server (SQLAlchemy by URL).

The tests are test_api.py's own (and two of test_webhooks.py's); this module's `api_world`
fixture points them at PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from api.db import add_missing_columns
from index.embedding import OnnxEmbedder
from tests.helpers import ApiWorld, LiveServer, api_settings, make_world, store_services
from tests.postgres_server import pg_bin, postgres_server
from tests.test_api import (  # noqa: F401  (collected here against PostgreSQL)
    test_an_audit_job_serves_the_report,
    test_audit_accepts_csv,
    test_audit_job_lifecycle_results_in_input_order,
    test_check_returns_the_result_contract,
    test_feedback_is_stored,
    test_health_and_readiness,
    test_objectives_are_listed,
)
from tests.test_security import (  # noqa: F401  (NUL is what PostgreSQL's text refuses)
    test_nul_in_a_path_parameter_is_a_4xx,
    test_nul_in_an_uploaded_file_is_a_422_naming_the_file_and_storing_nothing,
    test_nul_in_feedback_is_a_422_naming_the_field,
)
from tests.test_webhooks import (  # noqa: F401  (tracker connections and posts in PostgreSQL)
    STANDIN,
    fresh,
    test_connections_are_admin_only_never_shown_and_stored_sealed,
    test_github_issue_opened_gets_one_comment_then_an_edit_and_silence,
)

pytestmark = pytest.mark.skipif(
    pg_bin("initdb") is None, reason="PostgreSQL server programs not installed (.ci/run does)"
)


@pytest.fixture(scope="module")
def api_world(
    tmp_path_factory: pytest.TempPathFactory, embedder: OnnxEmbedder
) -> Iterator[ApiWorld]:
    data = tmp_path_factory.mktemp("api-postgres")
    with postgres_server() as url:
        # The webhook tests' tracker stand-in is on loopback, which an operator must allow.
        settings = api_settings(data, database_url=url, **STANDIN)
        with LiveServer(settings, store_services("local", data, embedder, "")) as server:
            yield make_world(server)


@pytest.fixture(scope="module")
def world(api_world: ApiWorld) -> ApiWorld:
    """The webhook tests' name for the running server."""
    return api_world


def test_the_metadata_really_is_in_postgres(api_world: ApiWorld) -> None:
    url = api_world.server.settings.resolved_database_url()
    assert url.startswith("postgresql+psycopg://")
    assert api_world.server.context.engine.dialect.name == "postgresql"
    assert not (api_world.server.settings.data_dir / "stratalign.db").exists()


def test_an_older_postgres_database_gains_the_new_columns_and_keeps_its_rows(
    api_world: ApiWorld,
) -> None:
    engine = api_world.server.context.engine
    with engine.begin() as conn:  # back to the tables an older release made
        conn.execute(text("ALTER TABLE tracker_connections DROP COLUMN ignore_bots"))
        conn.execute(text("ALTER TABLE tracker_posts DROP COLUMN answer"))
        before = conn.execute(text("SELECT count(*) FROM workspaces")).scalar_one()
    added = add_missing_columns(engine)
    assert added == ["tracker_connections.ignore_bots", "tracker_posts.answer"]
    assert add_missing_columns(engine) == []  # a second start finds nothing to add
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM workspaces")).scalar_one() == before
    with api_world.server.client(api_world.admin_key) as admin:
        assert admin.get("/v1/workspaces/acme/integrations").status_code == 200
