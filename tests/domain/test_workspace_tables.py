"""Every table is an explicit, typed property of the workspace (no __getattr__ guesswork)."""

import pytest

from workbench.domain import Workspace
from workbench.domain.tables import TABLE_SPECS


@pytest.mark.parametrize("name", [spec.name for spec in TABLE_SPECS])
def test_each_table_has_its_own_property(name):
    ws = Workspace()
    assert isinstance(vars(Workspace).get(name), property), f"add a {name} property to Workspace"
    assert getattr(ws, name) is ws.table(name)


def test_the_named_tables_read_by_attribute_and_an_unknown_name_is_an_attribute_error():
    ws = Workspace()
    for name in ("key_figures", "revenue_mix", "market_definitions", "market_shares"):
        assert getattr(ws, name).spec.name == name
    with pytest.raises(AttributeError):
        ws.no_such_table  # noqa: B018


def test_a_table_replaced_is_what_its_property_returns():
    ws = Workspace()
    ws.replace_table("vendors", [])
    assert ws.vendors is ws.table("vendors") and len(ws.vendors) == 0
