"""A throwaway PostgreSQL server for the whole run, and a fresh team project for each test.

The project is copied from a template database (CREATE DATABASE ... TEMPLATE), which takes a
fraction of a second; the server and its folder are removed at the end of the run.
"""

from __future__ import annotations

import itertools

import pytest

from tests.factories import make_workspace
from tests.pg_cluster import Cluster, ClusterUnavailable

TEMPLATE = "workbench_template"
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster():
    try:
        cluster = Cluster()
    except ClusterUnavailable as exc:
        pytest.fail(f"no PostgreSQL test server: {exc}", pytrace=False)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def team_template(pg_cluster):
    """A team project holding the small factory workspace, with the roles set up."""
    from workbench.storage.team.setup import init_project

    pg_cluster.create_database(TEMPLATE)
    init_project(pg_cluster.url(TEMPLATE), make_workspace()).close()
    return TEMPLATE


@pytest.fixture
def team_database(pg_cluster, team_template):
    """The name of a fresh copy of the template project."""
    name = f"project_{next(_numbers)}"
    pg_cluster.create_database(name, template=team_template)
    yield name
    pg_cluster.drop_database(name)


@pytest.fixture
def team_url(pg_cluster, team_database):
    """The superuser's URL (password in it) of a fresh team project."""
    return pg_cluster.url(team_database)


@pytest.fixture
def empty_database(pg_cluster):
    name = f"empty_{next(_numbers)}"
    pg_cluster.create_database(name)
    yield name
    pg_cluster.drop_database(name)


@pytest.fixture
def open_stores():
    """Stores opened by a test, closed after it (an open connection would keep its database from being dropped)."""
    from workbench.storage.project_store import store_for

    stores = []

    def open_store(url: str, password: str | None = None):
        store = store_for(url, password=password)
        stores.append(store)
        return store

    yield open_store
    for store in stores:
        store.close()
