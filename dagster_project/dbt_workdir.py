"""`budget-dbt`: dbt, started in the folder named by BUDGET_DBT_WORKDIR (when set).

Why: dbt re-parses the whole project (about 3 s) when the connection it renders from profiles.yml
differs from the one the prepared manifest was parsed with, and the warehouse file is part of it. A
build therefore runs dbt in the `dbt/` of its build folder (paths.build_warehouse_path), beside the
build file ``warehouse.duckdb`` itself, where the profile's default ``../warehouse.duckdb`` is that file:
every build renders the same profile as `make manifest`, and starts from its parse state.
dagster-dbt starts dbt in the project folder and passes every path dbt needs absolute (DBT_PROJECT_DIR,
DBT_PROFILES_DIR, DBT_TARGET_PATH, DBT_LOG_PATH), so only the working directory changes."""

import os
import sys

from .dbt_standby import run_in_standby


def main() -> None:
    workdir = os.environ.get("BUDGET_DBT_WORKDIR")
    if workdir:
        os.chdir(workdir)
    # The build's standby dbt process, its imports done, runs this invocation when there is one
    # (dagster_project/dbt_standby.py); otherwise dbt runs here.
    code = run_in_standby(sys.argv)
    if code is not None:
        sys.exit(code)
    from dbt.cli.main import cli

    cli()


if __name__ == "__main__":
    main()
