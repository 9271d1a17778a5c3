"""Plain data types and pure logic: records, scoring, trends, validation. No I/O."""
