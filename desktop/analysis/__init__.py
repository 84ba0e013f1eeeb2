"""What the Amounts panel computes from the deals in view: totals, money over time, flows.

Headless (no Qt) and driven by the same `DealFilter` as every view, so the numbers always
describe exactly the deals the timeline and the table show.
"""
