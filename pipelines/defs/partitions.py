"""One dynamic partition per raw report file, keyed by the file name's ASCII slug."""

import dagster as dg

raw_files = dg.DynamicPartitionsDefinition(name="raw_files")
