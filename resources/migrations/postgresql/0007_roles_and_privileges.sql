-- Who may do what, kept by PostgreSQL rather than by the desk (issue 9; see
-- docs/ADMINISTRATION.md "Roles and privileges" for the table in words).
--
-- Every operator is a LOGIN role named like operators.login and a member of one
-- of four NOLOGIN group roles created here, cluster-wide (prefixed, so that
-- other databases on a shared cluster are not confused by them):
--   reissuedesk_operator    reads the queue and documents; claims, releases
--                           and decides only what it holds (row-level security)
--   reissuedesk_supervisor  an operator who may also release, reassign and
--                           reopen any open or decided application
--   reissuedesk_admin       reads everything, manages the operators table
--   reissuedesk_intake      the web form's back end: inserts applications,
--                           accounts, cards and documents, reads nothing
-- The schema owner (who runs `migrate`), superusers and reissuedesk_admin
-- members are trusted: RLS does not bind the owner, and the audit trigger keeps
-- the actor they send ('system', 'import', a login).
--
-- Rules about transitions (state machine, four eyes, no proxy approvals) are
-- migration 0008's triggers; this file is the privilege layer under them.
--
-- "Written in this transaction" (a row's xmin is our transaction id) is how a
-- decision, its reasons, shipment and notifications are tied to the
-- application the same transaction has just decided: after the decision the
-- application is no longer held, so "held by me" alone cannot be the test.

-- The group roles. Test databases on one cluster migrate in parallel, so a
-- role another migration created a moment ago is not an error.
DO $$
DECLARE
    group_role TEXT;
BEGIN
    FOREACH group_role IN ARRAY ARRAY['reissuedesk_operator', 'reissuedesk_supervisor', 'reissuedesk_admin',
                                      'reissuedesk_intake'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = group_role) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', group_role);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m
                   WHERE m.roleid = 'reissuedesk_operator'::regrole AND m.member = 'reissuedesk_supervisor'::regrole) THEN
        BEGIN
            GRANT reissuedesk_operator TO reissuedesk_supervisor;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
END;
$$;

-- Who is acting: the active operators row named like the session's login role
-- (session_user: inside SECURITY DEFINER functions current_user is the owner).
CREATE FUNCTION reissuedesk_current_operator_id() RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
    SELECT id FROM public.operators WHERE login = session_user::text AND active
$$;

-- Sessions the rules do not bind: superusers, the schema owner's members
-- (owner of audit_log, as every table here), and reissuedesk_admin members.
CREATE FUNCTION reissuedesk_session_is_trusted() RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
    SELECT COALESCE(bool_or(r.rolsuper OR pg_has_role(session_user, c.relowner, 'MEMBER')
                            OR pg_has_role(session_user, 'reissuedesk_admin', 'MEMBER')), FALSE)
    FROM pg_catalog.pg_roles r, pg_catalog.pg_class c
    WHERE r.rolname = session_user AND c.oid = 'public.audit_log'::regclass
$$;

-- True when the row version with this xmin was written by the running
-- transaction (no savepoints: the desk does not use them).
CREATE FUNCTION reissuedesk_written_in_this_transaction(row_xmin XID) RETURNS BOOLEAN
    LANGUAGE sql STABLE SET search_path = pg_catalog, public
AS $$
    SELECT COALESCE(row_xmin = pg_current_xact_id_if_assigned()::xid, FALSE)
$$;

-- The acting operator holds the application (live lease), or this very
-- transaction has just changed it (a decision releases the claim first).
CREATE FUNCTION reissuedesk_application_in_my_hands(application BIGINT) RETURNS BOOLEAN
    LANGUAGE sql STABLE SET search_path = pg_catalog, public
AS $$
    SELECT EXISTS (SELECT 1 FROM public.applications a
                   WHERE a.id = application
                     AND ((a.claimed_by = public.reissuedesk_current_operator_id() AND a.lease_expires_at >= now())
                          OR public.reissuedesk_written_in_this_transaction(a.xmin)))
$$;

-- The web form's two look-ups, without reading any table: the next
-- application number of a (UTC) submission day, as ApplicationNumber::format
-- spells it, and the id of an existing account.
CREATE FUNCTION reissuedesk_next_application_number(submitted_on DATE) RETURNS TEXT
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
    INSERT INTO public.application_number_counters AS c (day, last_sequence)
    VALUES (to_char(submitted_on, 'YYYYMMDD'), 1)
    ON CONFLICT (day) DO UPDATE SET last_sequence = c.last_sequence + 1
    RETURNING 'BK' || c.day || '-' || CASE WHEN c.last_sequence < 1000000 THEN lpad(c.last_sequence::text, 6, '0')
                                           ELSE c.last_sequence::text END
$$;

CREATE FUNCTION reissuedesk_account_id(number TEXT) RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
    SELECT id FROM public.accounts WHERE account_number = number
$$;

-- The audit log: where from, and who, set by the database. Rows stay
-- append-only for everyone, the owner included (0001's triggers).
ALTER TABLE audit_log ADD COLUMN client_addr INET;

CREATE FUNCTION audit_log_set_actor() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
BEGIN
    NEW.client_addr := inet_client_addr();
    IF NOT public.reissuedesk_session_is_trusted() THEN
        NEW.actor := session_user::text;
        NEW.operator_id := public.reissuedesk_current_operator_id();
        NEW.occurred_at := now();
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER audit_log_actor BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_set_actor();

CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
        MESSAGE = 'the audit log is append-only: its rows cannot be changed or deleted, by anyone';
END;
$$;

-- Nothing for anyone not named below.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO reissuedesk_operator, reissuedesk_admin, reissuedesk_intake;

DO $$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO reissuedesk_operator, reissuedesk_admin, reissuedesk_intake',
                   current_database());
END;
$$;

GRANT EXECUTE ON FUNCTION reissuedesk_current_operator_id(), reissuedesk_session_is_trusted(),
    reissuedesk_written_in_this_transaction(XID), reissuedesk_application_in_my_hands(BIGINT)
    TO reissuedesk_operator, reissuedesk_admin, reissuedesk_intake;
GRANT EXECUTE ON FUNCTION reissuedesk_next_application_number(DATE), reissuedesk_account_id(TEXT)
    TO reissuedesk_intake;

-- Operators (and supervisors, who are members): read the work, never the
-- operators' other columns (a later password column stays hidden).
GRANT SELECT ON applications, accounts, account_cards, documents, decisions, decision_reasons, reject_reasons,
    shipments, notifications, holidays, review_skips, audit_log, schema_migrations TO reissuedesk_operator;
GRANT SELECT (id, login, display_name, role, active, created_at) ON operators TO reissuedesk_operator;
GRANT UPDATE (status, review_round, claimed_by, claimed_at, lease_expires_at, version, updated_at)
    ON applications TO reissuedesk_operator;
GRANT INSERT ON decisions, decision_reasons, shipments, notifications, audit_log TO reissuedesk_operator;
GRANT UPDATE (confirmed_by, confirmed_at) ON decisions TO reissuedesk_operator;
-- "Not now" is each operator's own list, which the desk also prunes.
GRANT INSERT, DELETE, UPDATE (skipped_at, skip_until, note) ON review_skips TO reissuedesk_operator;

-- Administrators: read everything, manage operators, write audit rows.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reissuedesk_admin;
GRANT INSERT, UPDATE ON operators TO reissuedesk_admin;
GRANT INSERT ON audit_log TO reissuedesk_admin;

-- Intake: insert only, no SELECT at all (so no INSERT ... RETURNING): the id
-- of what it just inserted is currval() of the id sequences, which only ever
-- answers for the calling session.
GRANT INSERT ON applications, accounts, account_cards, documents TO reissuedesk_intake;
DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON SEQUENCE %s, %s, %s TO reissuedesk_intake',
                   pg_get_serial_sequence('public.applications', 'id'), pg_get_serial_sequence('public.accounts', 'id'),
                   pg_get_serial_sequence('public.documents', 'id'));
END;
$$;

-- Row-level security. The owner is not bound (no FORCE): imports, seeding,
-- stress runs and the dispatcher keep working as before.
ALTER TABLE applications ENABLE ROW LEVEL SECURITY;
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
ALTER TABLE account_cards ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE decisions ENABLE ROW LEVEL SECURITY;
ALTER TABLE decision_reasons ENABLE ROW LEVEL SECURITY;
ALTER TABLE shipments ENABLE ROW LEVEL SECURITY;
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
ALTER TABLE review_skips ENABLE ROW LEVEL SECURITY;

CREATE POLICY staff_read ON applications FOR SELECT TO reissuedesk_operator, reissuedesk_admin USING (TRUE);
CREATE POLICY staff_read ON accounts FOR SELECT TO reissuedesk_operator, reissuedesk_admin USING (TRUE);
CREATE POLICY staff_read ON account_cards FOR SELECT TO reissuedesk_operator, reissuedesk_admin USING (TRUE);
CREATE POLICY staff_read ON documents FOR SELECT TO reissuedesk_operator, reissuedesk_admin USING (TRUE);
CREATE POLICY staff_read ON decisions FOR SELECT TO reissuedesk_operator, reissuedesk_admin USING (TRUE);
CREATE POLICY staff_read ON decision_reasons FOR SELECT TO reissuedesk_operator, reissuedesk_admin USING (TRUE);
CREATE POLICY staff_read ON shipments FOR SELECT TO reissuedesk_operator, reissuedesk_admin USING (TRUE);
CREATE POLICY staff_read ON notifications FOR SELECT TO reissuedesk_operator, reissuedesk_admin USING (TRUE);
CREATE POLICY staff_read ON review_skips FOR SELECT TO reissuedesk_operator, reissuedesk_admin USING (TRUE);

-- An operator changes an open application that is free, theirs, or whose
-- holder's lease ran out (any desk returns expired claims to the queue), and
-- leaves it free or theirs. Decided applications are out of reach.
CREATE POLICY operator_claims ON applications FOR UPDATE TO reissuedesk_operator
    USING (status IN ('pending', 'in_review', 'awaiting_second_review')
           AND (claimed_by IS NULL OR claimed_by = reissuedesk_current_operator_id() OR lease_expires_at < now()))
    WITH CHECK (claimed_by IS NULL OR claimed_by = reissuedesk_current_operator_id());

-- A supervisor releases or reassigns any claim and reopens decisions; which
-- transitions are allowed is 0008's business.
CREATE POLICY supervisor_manages ON applications FOR UPDATE TO reissuedesk_supervisor
    USING (status IN ('pending', 'in_review', 'awaiting_second_review', 'approved', 'rejected'))
    WITH CHECK (TRUE);

-- A decision in one's own name, unconfirmed, on an application in one's hands;
-- a confirmation by someone other than the first reviewer.
CREATE POLICY operator_decides ON decisions FOR INSERT TO reissuedesk_operator
    WITH CHECK (operator_id = reissuedesk_current_operator_id() AND confirmed_by IS NULL
                AND reissuedesk_application_in_my_hands(application_id));
CREATE POLICY operator_confirms ON decisions FOR UPDATE TO reissuedesk_operator
    USING (reissuedesk_application_in_my_hands(application_id))
    WITH CHECK (confirmed_by = reissuedesk_current_operator_id() AND confirmed_by <> operator_id);

CREATE POLICY operator_gives_reasons ON decision_reasons FOR INSERT TO reissuedesk_operator
    WITH CHECK (EXISTS (SELECT 1 FROM decisions d WHERE d.id = decision_id
                        AND d.operator_id = reissuedesk_current_operator_id()
                        AND reissuedesk_written_in_this_transaction(d.xmin)));
CREATE POLICY operator_ships ON shipments FOR INSERT TO reissuedesk_operator
    WITH CHECK (reissuedesk_application_in_my_hands(application_id));
CREATE POLICY operator_notifies ON notifications FOR INSERT TO reissuedesk_operator
    WITH CHECK (reissuedesk_application_in_my_hands(application_id));

CREATE POLICY operator_own_skips_insert ON review_skips FOR INSERT TO reissuedesk_operator
    WITH CHECK (operator_id = reissuedesk_current_operator_id());
CREATE POLICY operator_own_skips_update ON review_skips FOR UPDATE TO reissuedesk_operator
    USING (operator_id = reissuedesk_current_operator_id())
    WITH CHECK (operator_id = reissuedesk_current_operator_id());
CREATE POLICY operator_own_skips_delete ON review_skips FOR DELETE TO reissuedesk_operator
    USING (operator_id = reissuedesk_current_operator_id());

-- Intake: new, unclaimed, first-round applications.
CREATE POLICY intake_submits ON applications FOR INSERT TO reissuedesk_intake
    WITH CHECK (status = 'pending' AND claimed_by IS NULL AND lease_expires_at IS NULL AND claimed_at IS NULL
                AND review_round = 1 AND version = 1);
CREATE POLICY intake_submits ON accounts FOR INSERT TO reissuedesk_intake WITH CHECK (TRUE);
CREATE POLICY intake_submits ON account_cards FOR INSERT TO reissuedesk_intake WITH CHECK (TRUE);
CREATE POLICY intake_submits ON documents FOR INSERT TO reissuedesk_intake WITH CHECK (TRUE);
