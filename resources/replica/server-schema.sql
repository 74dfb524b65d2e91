-- PassDesk's shared venue log on PostgreSQL (issue 14). Applied by ReplicaSchema::apply() as the
-- database's administrator, in one transaction, any number of times: every statement is idempotent.
--
-- Counters ship their SQLite rows here as they are. visits carry the counter's own chain values
-- (prev_hash, row_hash: an HMAC under the counter's key, which never leaves the counter), so the server
-- checks continuity only; evidence entries are chained by the replicator with plain SHA-256, which the
-- server recomputes. Nobody may UPDATE a row; only the administrator (retention) may DELETE.
--
-- Errors raised here (PgConnection maps them): PD001 a gap in a chain, PD002 a wrong previous hash,
-- PD003 a rewrite of a row the server already has, PD004 names from a venue without contact logging,
-- PD005 an evidence hash that does not match its row, PD006 an unknown counter, 42501 a counter
-- inserting for another counter or a login that is no counter.

SELECT pg_advisory_xact_lock(1414);

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'passdesk_counter') THEN
        CREATE ROLE passdesk_counter NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'passdesk_owner') THEN
        CREATE ROLE passdesk_owner NOLOGIN;
    END IF;
END $$;

CREATE SCHEMA IF NOT EXISTS passdesk;
REVOKE ALL ON SCHEMA passdesk FROM PUBLIC;
GRANT USAGE ON SCHEMA passdesk TO passdesk_counter, passdesk_owner;

CREATE TABLE IF NOT EXISTS passdesk.venues (
    id text PRIMARY KEY,
    contact_logging boolean NOT NULL DEFAULT false);

-- One row per counter; its login role is the only one that may insert its rows. A counter that joins
-- with a log already cut by retention starts its chains where the cut left them.
CREATE TABLE IF NOT EXISTS passdesk.counters (
    id text PRIMARY KEY,
    venue_id text NOT NULL REFERENCES passdesk.venues(id),
    role_name name NOT NULL UNIQUE,
    visit_start_seq bigint NOT NULL DEFAULT 1,
    visit_start_hash bytea NOT NULL DEFAULT '\x0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE IF NOT EXISTS passdesk.owners (
    role_name name NOT NULL,
    venue_id text NOT NULL REFERENCES passdesk.venues(id),
    PRIMARY KEY (role_name, venue_id));

-- The visitor log's columns as the counter stores them (core/log/VisitLog), at_utc and at_local as the
-- exact text its HMAC covers.
CREATE TABLE IF NOT EXISTS passdesk.visits (
    counter_id text NOT NULL REFERENCES passdesk.counters(id),
    seq bigint NOT NULL CHECK (seq > 0),
    venue_id text NOT NULL,
    at_utc text NOT NULL,
    at_local text NOT NULL,
    local_day date NOT NULL,
    verdict text NOT NULL,
    reasons text NOT NULL,
    format text NOT NULL,
    type text NOT NULL,
    policy text NOT NULL,
    country text NOT NULL,
    input text NOT NULL,
    staff text NOT NULL,
    id_hash bytea,
    holder_name text,
    holder_birth text,
    prev_hash bytea NOT NULL,
    row_hash bytea NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (counter_id, seq));
CREATE INDEX IF NOT EXISTS visits_venue_day ON passdesk.visits (venue_id, local_day);

-- Evidence periods (core/log/EvidenceJournal), shipped once closed; seq is the counter's entry id.
CREATE TABLE IF NOT EXISTS passdesk.evidence (
    counter_id text NOT NULL REFERENCES passdesk.counters(id),
    seq bigint NOT NULL CHECK (seq > 0),
    venue_id text NOT NULL,
    kind text NOT NULL,
    cause text NOT NULL,
    started_utc text NOT NULL,
    ended_utc text NOT NULL,
    manual boolean NOT NULL,
    prev_hash bytea NOT NULL,
    row_hash bytea NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (counter_id, seq));
CREATE INDEX IF NOT EXISTS evidence_venue_started ON passdesk.evidence (venue_id, started_utc);

REVOKE ALL ON passdesk.venues, passdesk.counters, passdesk.owners, passdesk.visits, passdesk.evidence FROM PUBLIC;
GRANT INSERT ON passdesk.visits, passdesk.evidence TO passdesk_counter;
GRANT SELECT ON passdesk.visits, passdesk.evidence TO passdesk_owner;

-- The counter a login role speaks for (NULL for any other role).
CREATE OR REPLACE FUNCTION passdesk.counter_of(role name) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT id FROM passdesk.counters WHERE role_name = role $$;

-- The venues an owner's login role may read.
CREATE OR REPLACE FUNCTION passdesk.venues_of(role name) RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT venue_id FROM passdesk.owners WHERE role_name = role $$;

REVOKE ALL ON FUNCTION passdesk.counter_of(name), passdesk.venues_of(name) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION passdesk.counter_of(name) TO passdesk_counter;
GRANT EXECUTE ON FUNCTION passdesk.venues_of(name) TO passdesk_owner;

ALTER TABLE passdesk.visits ENABLE ROW LEVEL SECURITY;
ALTER TABLE passdesk.evidence ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS counter_inserts_own ON passdesk.visits;
CREATE POLICY counter_inserts_own ON passdesk.visits FOR INSERT TO passdesk_counter
    WITH CHECK (counter_id = passdesk.counter_of(current_user));
DROP POLICY IF EXISTS owner_reads_venue ON passdesk.visits;
CREATE POLICY owner_reads_venue ON passdesk.visits FOR SELECT TO passdesk_owner
    USING (venue_id IN (SELECT passdesk.venues_of(current_user)));
DROP POLICY IF EXISTS counter_inserts_own ON passdesk.evidence;
CREATE POLICY counter_inserts_own ON passdesk.evidence FOR INSERT TO passdesk_counter
    WITH CHECK (counter_id = passdesk.counter_of(current_user));
DROP POLICY IF EXISTS owner_reads_venue ON passdesk.evidence;
CREATE POLICY owner_reads_venue ON passdesk.evidence FOR SELECT TO passdesk_owner
    USING (venue_id IN (SELECT passdesk.venues_of(current_user)));

-- Checked before anything else in the insert triggers, which run as their owner: a counter must not
-- learn from their errors (gap, rewrite) anything about another counter's chain. session_user, not
-- current_user: inside SECURITY DEFINER current_user is the definer.
CREATE OR REPLACE FUNCTION passdesk.check_inserter(counter text) RETURNS passdesk.counters
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    c passdesk.counters;
BEGIN
    -- A superuser is a member of every role; the administrator may load any counter's rows.
    IF pg_has_role(session_user, 'passdesk_counter', 'MEMBER') AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
       AND passdesk.counter_of(session_user) IS DISTINCT FROM counter THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('role %s may insert only its own counter''s rows, not %s', session_user, counter);
    END IF;
    -- One writer per counter at a time: concurrent inserts of one chain queue here.
    SELECT * INTO c FROM passdesk.counters WHERE id = counter FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'PD006', MESSAGE = format('unknown counter %s', counter);
    END IF;
    RETURN c;
END $$;

REVOKE ALL ON FUNCTION passdesk.check_inserter(text) FROM PUBLIC;

-- The last visit and evidence entry the server has of a counter, with their hashes, or where its
-- chains start: what the next row must follow (the triggers) and what a counter asks for (high_water).
CREATE OR REPLACE FUNCTION passdesk.visit_tail(c passdesk.counters, OUT seq bigint, OUT hash bytea)
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    SELECT v.seq, v.row_hash INTO seq, hash FROM passdesk.visits v WHERE v.counter_id = c.id ORDER BY v.seq DESC LIMIT 1;
    IF NOT FOUND THEN
        seq := c.visit_start_seq - 1;
        hash := c.visit_start_hash;
    END IF;
END $$;

CREATE OR REPLACE FUNCTION passdesk.evidence_tail(c passdesk.counters, OUT seq bigint, OUT hash bytea)
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    SELECT e.seq, e.row_hash INTO seq, hash FROM passdesk.evidence e WHERE e.counter_id = c.id ORDER BY e.seq DESC LIMIT 1;
    IF NOT FOUND THEN
        seq := 0;
        hash := '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea;
    END IF;
END $$;

REVOKE ALL ON FUNCTION passdesk.visit_tail(passdesk.counters), passdesk.evidence_tail(passdesk.counters) FROM PUBLIC;

-- Continuity: seq follows the last row (or the counter's start), prev_hash is the last row's hash; a
-- row the server already has is skipped when it is the same (a resend) and refused when it differs.
CREATE OR REPLACE FUNCTION passdesk.visits_before_insert() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    c passdesk.counters;
    old_row passdesk.visits;
    last_seq bigint;
    last_hash bytea;
    venue passdesk.venues;
BEGIN
    c := passdesk.check_inserter(NEW.counter_id);
    NEW.venue_id := c.venue_id;
    NEW.received_at := now();
    SELECT * INTO venue FROM passdesk.venues WHERE id = c.venue_id;
    IF NOT venue.contact_logging AND (NEW.holder_name IS NOT NULL OR NEW.holder_birth IS NOT NULL) THEN
        RAISE EXCEPTION USING ERRCODE = 'PD004',
            MESSAGE = format('venue %s does not log contacts: visit %s of counter %s carries a name', c.venue_id, NEW.seq, NEW.counter_id);
    END IF;
    SELECT * INTO old_row FROM passdesk.visits WHERE counter_id = NEW.counter_id AND seq = NEW.seq;
    IF FOUND THEN
        IF (old_row.at_utc, old_row.at_local, old_row.local_day, old_row.verdict, old_row.reasons, old_row.format, old_row.type,
            old_row.policy, old_row.country, old_row.input, old_row.staff, old_row.id_hash, old_row.holder_name, old_row.holder_birth,
            old_row.prev_hash, old_row.row_hash)
           IS NOT DISTINCT FROM
           (NEW.at_utc, NEW.at_local, NEW.local_day, NEW.verdict, NEW.reasons, NEW.format, NEW.type,
            NEW.policy, NEW.country, NEW.input, NEW.staff, NEW.id_hash, NEW.holder_name, NEW.holder_birth,
            NEW.prev_hash, NEW.row_hash) THEN
            RETURN NULL;
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'PD003',
            MESSAGE = format('visit %s of counter %s is already on the server with other contents (a rewrite)', NEW.seq, NEW.counter_id);
    END IF;
    SELECT * INTO last_seq, last_hash FROM passdesk.visit_tail(c);
    IF NEW.seq <> last_seq + 1 THEN
        RAISE EXCEPTION USING ERRCODE = 'PD001',
            MESSAGE = format('visit %s of counter %s does not follow the server''s last visit %s (a gap)', NEW.seq, NEW.counter_id, last_seq);
    END IF;
    IF NEW.prev_hash IS DISTINCT FROM last_hash THEN
        RAISE EXCEPTION USING ERRCODE = 'PD002',
            MESSAGE = format('visit %s of counter %s does not chain to visit %s (wrong previous hash)', NEW.seq, NEW.counter_id, last_seq);
    END IF;
    RETURN NEW;
END $$;

-- The bytes an evidence entry's hash covers; Replicator::evidenceHash() builds the same ones.
CREATE OR REPLACE FUNCTION passdesk.evidence_hash(prev bytea, seq bigint, kind text, cause text, started text, ended text, manual boolean)
    RETURNS bytea LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp
    AS $$ SELECT sha256(prev || convert_to(seq::text || E'\x1f' || kind || E'\x1f' || cause || E'\x1f' || started || E'\x1f'
                                           || ended || E'\x1f' || CASE WHEN manual THEN '1' ELSE '0' END || E'\x1f', 'UTF8')) $$;

CREATE OR REPLACE FUNCTION passdesk.evidence_before_insert() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    c passdesk.counters;
    old_row passdesk.evidence;
    last_seq bigint;
    last_hash bytea;
BEGIN
    c := passdesk.check_inserter(NEW.counter_id);
    NEW.venue_id := c.venue_id;
    NEW.received_at := now();
    SELECT * INTO old_row FROM passdesk.evidence WHERE counter_id = NEW.counter_id AND seq = NEW.seq;
    IF FOUND THEN
        IF (old_row.kind, old_row.cause, old_row.started_utc, old_row.ended_utc, old_row.manual, old_row.prev_hash, old_row.row_hash)
           IS NOT DISTINCT FROM (NEW.kind, NEW.cause, NEW.started_utc, NEW.ended_utc, NEW.manual, NEW.prev_hash, NEW.row_hash) THEN
            RETURN NULL;
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'PD003',
            MESSAGE = format('evidence entry %s of counter %s is already on the server with other contents (a rewrite)', NEW.seq, NEW.counter_id);
    END IF;
    SELECT * INTO last_seq, last_hash FROM passdesk.evidence_tail(c);
    IF NEW.seq <> last_seq + 1 THEN
        RAISE EXCEPTION USING ERRCODE = 'PD001',
            MESSAGE = format('evidence entry %s of counter %s does not follow the server''s last entry %s (a gap)', NEW.seq, NEW.counter_id, last_seq);
    END IF;
    IF NEW.prev_hash IS DISTINCT FROM last_hash THEN
        RAISE EXCEPTION USING ERRCODE = 'PD002',
            MESSAGE = format('evidence entry %s of counter %s does not chain to entry %s (wrong previous hash)', NEW.seq, NEW.counter_id, last_seq);
    END IF;
    IF NEW.row_hash IS DISTINCT FROM passdesk.evidence_hash(NEW.prev_hash, NEW.seq, NEW.kind, NEW.cause, NEW.started_utc, NEW.ended_utc, NEW.manual) THEN
        RAISE EXCEPTION USING ERRCODE = 'PD005',
            MESSAGE = format('evidence entry %s of counter %s does not match its hash', NEW.seq, NEW.counter_id);
    END IF;
    RETURN NEW;
END $$;

-- Shipped rows are never changed: not by a counter (no privilege), not by an owner, not by anyone.
CREATE OR REPLACE FUNCTION passdesk.refuse_update() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'PD003', MESSAGE = format('rows of %s are never updated (a rewrite)', TG_TABLE_NAME);
END $$;

CREATE OR REPLACE TRIGGER visits_before_insert BEFORE INSERT ON passdesk.visits
    FOR EACH ROW EXECUTE FUNCTION passdesk.visits_before_insert();
CREATE OR REPLACE TRIGGER evidence_before_insert BEFORE INSERT ON passdesk.evidence
    FOR EACH ROW EXECUTE FUNCTION passdesk.evidence_before_insert();
CREATE OR REPLACE TRIGGER visits_refuse_update BEFORE UPDATE ON passdesk.visits
    FOR EACH ROW EXECUTE FUNCTION passdesk.refuse_update();
CREATE OR REPLACE TRIGGER evidence_refuse_update BEFORE UPDATE ON passdesk.evidence
    FOR EACH ROW EXECUTE FUNCTION passdesk.refuse_update();

-- A counter's high-water marks: the last visit and evidence entry the server has of it, with their
-- hashes (or where its chains start). The only thing a counter may read.
CREATE OR REPLACE FUNCTION passdesk.high_water(OUT visit_seq bigint, OUT visit_hash bytea, OUT evidence_seq bigint, OUT evidence_hash bytea)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    c passdesk.counters;
BEGIN
    SELECT * INTO c FROM passdesk.counters WHERE role_name = session_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('role %s is not a counter', session_user);
    END IF;
    SELECT * INTO visit_seq, visit_hash FROM passdesk.visit_tail(c);
    SELECT * INTO evidence_seq, evidence_hash FROM passdesk.evidence_tail(c);
END $$;
REVOKE ALL ON FUNCTION passdesk.high_water() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION passdesk.high_water() TO passdesk_counter;

-- Administration (the venue's set-up, run as the administrator): a venue, a counter with its own login
-- role, an owner reading some venues. Passwords arrive already hashed (SCRAM-SHA-256, by libpq).
CREATE OR REPLACE FUNCTION passdesk.add_venue(venue text, contacts boolean) RETURNS void
    LANGUAGE sql SET search_path = pg_catalog, pg_temp
    AS $$ INSERT INTO passdesk.venues (id, contact_logging) VALUES (venue, contacts)
          ON CONFLICT (id) DO UPDATE SET contact_logging = excluded.contact_logging $$;

-- A login role with this password hash, in `member_of`: created, or its password replaced.
CREATE OR REPLACE FUNCTION passdesk.login_role(role name, password_hash text, member_of name, whose text) RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF password_hash NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = whose || ' password must arrive as a SCRAM-SHA-256 hash';
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = role) THEN
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', role, password_hash);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', role, password_hash);
    END IF;
    EXECUTE format('GRANT %I TO %I', member_of, role);
END $$;

CREATE OR REPLACE FUNCTION passdesk.add_counter(counter text, venue text, role name, password_hash text) RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    PERFORM passdesk.login_role(role, password_hash, 'passdesk_counter', 'a counter''s');
    INSERT INTO passdesk.counters (id, venue_id, role_name) VALUES (counter, venue, role);
END $$;

CREATE OR REPLACE FUNCTION passdesk.add_owner(role name, password_hash text, venues text[]) RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    PERFORM passdesk.login_role(role, password_hash, 'passdesk_owner', 'an owner''s');
    INSERT INTO passdesk.owners (role_name, venue_id) SELECT role, v FROM unnest(venues) v ON CONFLICT DO NOTHING;
END $$;
REVOKE ALL ON FUNCTION passdesk.login_role(name, text, name, text), passdesk.add_venue(text, boolean), passdesk.add_counter(text, text, name, text),
    passdesk.add_owner(name, text, text[]) FROM PUBLIC;
