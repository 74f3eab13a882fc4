"""Gazetteer layers: each yields :class:`~toponyms.model.Entity` records for the compiler.

Layers are stacked in order (GeoNames, then ISO, then the curated files); a
later layer's record with the same id extends the earlier one.
"""
