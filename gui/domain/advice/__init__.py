"""Deciding: the answers, the session of workloads, the rule engine, the plan and what-if."""
