-- Library search moves from InnoDB FULLTEXT to a Lucene index maintained by Hibernate Search
-- (issue 8; docs/library.md "Full-text search"). The FULLTEXT indexes are no longer read and
-- cost every write, so they go.
ALTER TABLE library_entry_version
  DROP INDEX ft_library_version_title,
  DROP INDEX ft_library_version_all;

-- Hibernate Search's transactional outbox (coordination strategy "outbox-polling"): every change
-- to an indexed entity writes an event row in the same transaction as the change, and a
-- background agent applies the events to the index and deletes them. A crash or restart loses
-- nothing: unprocessed events stay here until an agent applies them. The table and column names
-- are Hibernate Search 7.2's own (its mapping of these tables; generated from it with the
-- MariaDB dialect, not invented).
CREATE TABLE HSEARCH_OUTBOX_EVENT (
  id uuid NOT NULL,
  entityName varchar(256) NOT NULL,
  entityId varchar(256) NOT NULL,
  entityIdHash int NOT NULL,
  tenantId varchar(255),
  payload longblob NOT NULL,
  retries int NOT NULL,
  processAfter datetime(6) NOT NULL,
  status enum ('ABORTED','PENDING') NOT NULL,
  PRIMARY KEY (id),
  KEY entityIdHash (entityIdHash),
  KEY status (status),
  KEY processAfter (processAfter)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The agents (one per application node) that share the event processing and the mass indexer.
CREATE TABLE HSEARCH_AGENT (
  id uuid NOT NULL,
  type enum ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING') NOT NULL,
  name varchar(255) NOT NULL,
  tenantId varchar(255),
  expiration datetime(6) NOT NULL,
  state enum ('RUNNING','SUSPENDED','WAITING') NOT NULL,
  totalShardCount int,
  assignedShardIndex int,
  payload longblob,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
