-- PostgreSQL settings for the service-under-load benchmark (docs/performance.md), applied with
--   su postgres -c "psql -f benchmarks/load/postgresql-benchmark.sql" && pg_ctlcluster 15 main restart
-- Debian's defaults (shared_buffers 128MB, max_wal_size 1GB) make a write-heavy load checkpoint every 20-60 s, and
-- each checkpoint stalls group commits for hundreds of milliseconds. These are ordinary production settings for a
-- database that takes ~15 MB/s of audit records; durability is untouched (fsync and synchronous_commit stay on).
ALTER SYSTEM SET shared_buffers = '1GB';
ALTER SYSTEM SET max_wal_size = '8GB';
ALTER SYSTEM SET checkpoint_timeout = '15min';
ALTER SYSTEM SET wal_compression = 'lz4';
ALTER SYSTEM SET default_toast_compression = 'lz4';
