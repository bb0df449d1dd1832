"""What a machine or a cluster tells: host detection, kubectl inventories, and applying them to a plan."""
