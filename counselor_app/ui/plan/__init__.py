"""The plan editor's parts, one module per concept: the Checks panel and its models,
approval and sign-off, version history and comparison."""
