-- Pipeline logic: every parser diagnostic of severity warn or error reaches dq_findings.
-- It reads two models; Dagster shows it as a check of the one it vouches for (dagster-dbt's `ref` meta).
{{ config(severity='error', meta={'dagster': {'ref': {'name': 'dq_findings'}}}) }}

select
    diagnostics.document_id,
    diagnostics.source_file,
    diagnostics.severity,
    diagnostics.check_name,
    diagnostics.source_line,
    diagnostics.message
from {{ ref('stg_landing__diagnostics') }} as diagnostics
where
    diagnostics.severity in ('warn', 'error')
    and not exists (
        select 1
        from {{ ref('dq_findings') }} as findings
        where
            findings.finding_source = 'parser'
            and findings.document_id = diagnostics.document_id
            and findings.check_name = diagnostics.check_name
            and findings.message = diagnostics.message
            and findings.source_line is not distinct from diagnostics.source_line
    )
