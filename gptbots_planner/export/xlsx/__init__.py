"""The budget as an XLSX workbook whose numbers are live formulas.

The workbook *is* the model: the Inputs sheet holds every usage assumption
(each cell named after its plan field, e.g. ``conversations_per_month``), the
plan's settings and the measured per-turn values per model; the Prices sheet
holds the catalog rows the plan uses; the Breakdown and Projection sheets
compute credits with formulas that reproduce ``core/estimate.py`` step by
step.  Finance can change an input and the whole workbook follows.

Every formula also carries the value the engine computed (XlsxWriter
``value=``, taken from the ``Estimate``), so a viewer that does not
recalculate still shows the right numbers.  Text that came from file names or
the user is always written with ``write_string`` so it can never run as a
formula.

One module per sheet (``inputs``, ``prices``, ``breakdown``, ``projection``,
``files``, ``summary``, ``charts``); each writer takes the ``book.Book`` and
the published cells of the sheets it refers to and returns its own
(``InputCells``, ``PriceCells`` ...).  ``workbook`` calls them in dependency
order.

Workbook defined names that tests and users can rely on:

* every plan field the estimate reads: the ``ASSUMPTION_SPECS`` fields, the settings
  (``voice_mode``, ``asr_rounding``, ``days_mode``, ``image_rule``, ``start_month``,
  ``kb_growth_timing``), the measures (``system_prompt_tokens`` ... blank = measured
  from the files) and ``start_date``;
* the shared prices ``price_storage``, ``price_tool_call``,
  ``price_database_processing`` and ``price_question_classification``; per compared
  model ``context_window_<id>``, ``reasoning_<id>``, ``provider_input_<id>`` and
  ``provider_output_<id>`` (``<id>``: the model id, other characters than letters and
  digits as ``_``), per service ``provider_price_<embedding|rerank|asr|tts>``;
* on Breakdown (1 row x scenarios unless said): ``month1_total_credits``,
  ``month1_credits_by_type`` (the 10 billing types x scenarios),
  ``month1_provider_bill_usd``, ``month1_total_cost_usd``, ``largest_call_tokens``,
  ``fits_context`` (1 / 0 / "unknown");
* on Projection: ``projection_total_credits`` and ``projection_total_cost_usd``
  (``book.MAX_MONTHS`` rows x scenarios; rows past the horizon hidden),
  ``horizon_total_credits`` and ``horizon_total_cost_usd``.
"""

from gptbots_planner.export.xlsx.workbook import build_xlsx, write_xlsx

__all__ = ["build_xlsx", "write_xlsx"]
