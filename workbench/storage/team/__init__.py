"""Team projects: the workspace, its history and snapshots in a PostgreSQL database named by a URL.

Nothing here is imported until a URL is opened (``project_store.store_for``); only ``urls``
can be imported without loading the driver.
"""
