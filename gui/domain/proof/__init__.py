"""From decision to proof: what the generated verify scripts recorded, read back and held
against the plan."""
