-- The review rules kept by PostgreSQL itself (issue 9), so that an operator
-- with psql and their own login can do no more than the desk lets them:
-- claims and releases only of their own holds, decisions only on what they
-- hold and in their own name, no change to a decided application, no approval
-- of a proxy application, four eyes on risky approvals (whatever the client
-- sends, the approval waits for a second reviewer, who is someone else), and
-- shipments and customer notices only for a decision that stands.
--
-- Who is checked: sessions whose login is a member of reissuedesk_operator or
-- reissuedesk_supervisor. Superusers, the schema owner (who runs migrate) and
-- reissuedesk_admin members are trusted and pass unchecked, so admin tools,
-- seed-demo, stress and the suites that connect as the owner work as before.
-- The acting operator is the operators row whose login is session_user.
--
-- The policy mirrors app/core (ReviewPolicy, ReviewChecks, ResidentIdNumber,
-- MobileNumber, Iccid, CardNumber) rule for rule; tst_databaserules compares
-- the functions below with the C++ ones. Change both together.
--
-- The client's order within a decision's transaction is: UPDATE applications
-- (status), INSERT decisions, reasons, shipment, notifications; a second
-- review first sets decisions.confirmed_by, then the application's status.
-- The triggers accept the decision row before or after the status change and
-- check at COMMIT (deferred constraint triggers) that the two agree, because
-- decision_reasons rows only come after the decision row.
--
-- Every refusal is one sentence for the operator, raised with SQLSTATE 42501
-- (insufficient_privilege), naming the application number.
--
-- Trigger functions are SECURITY DEFINER with a fixed search_path: they read
-- rows (other accounts' documents, decisions, operators) that an operator's
-- own privileges may hide.

-- The group roles (also created by 0007; both are idempotent, and databases of
-- one cluster may migrate in parallel, hence both error codes).
DO $$
DECLARE
    group_role TEXT;
BEGIN
    FOREACH group_role IN ARRAY ARRAY['reissuedesk_operator', 'reissuedesk_supervisor', 'reissuedesk_admin',
                                      'reissuedesk_intake'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', group_role);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
        END;
    END LOOP;
END
$$;

-- As 0007 defines it (the same text, so replacing it changes nothing there).
CREATE OR REPLACE FUNCTION reissuedesk_current_operator_id() RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
    SELECT id FROM public.operators WHERE login = session_user::text AND active
$$;

-- True when the review rules apply to this session (see the top of the file).
-- Called for every row a trigger sees, so the common trusted cases answer first.
CREATE FUNCTION reissuedesk_review_rules_apply() RETURNS BOOLEAN
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
       OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'public.applications'::regclass),
                      'MEMBER')
       OR pg_has_role(session_user, 'reissuedesk_admin', 'MEMBER') THEN
        RETURN FALSE;
    END IF;
    RETURN pg_has_role(session_user, 'reissuedesk_operator', 'MEMBER')
        OR pg_has_role(session_user, 'reissuedesk_supervisor', 'MEMBER');
END;
$$;

CREATE FUNCTION reissuedesk_is_supervisor() RETURNS BOOLEAN
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    SELECT pg_has_role(session_user, 'reissuedesk_supervisor', 'MEMBER')
$$;

-- The operator acting, or a refusal when the login is not one.
CREATE FUNCTION reissuedesk_require_operator() RETURNS BIGINT
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me BIGINT := reissuedesk_current_operator_id();
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('the login %s is not a ReissueDesk operator, so it may not review applications',
                             session_user);
    END IF;
    RETURN me;
END;
$$;

CREATE FUNCTION reissuedesk_refuse(message TEXT) RETURNS VOID
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = message;
END;
$$;

-- ---------------------------------------------------------------------------
-- The checks' building blocks, as app/core computes them.

-- QChar::isSpace(): ASCII 9-13 and space, U+0085, and the Unicode separators.
-- QString::trimmed() strips these at both ends.
CREATE FUNCTION reissuedesk_trim_space(input TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$
    SELECT regexp_replace(input,
        '^[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+|'
        '[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+$', '', 'g')
$$;

-- ResidentIdNumber::normalize(): trimmed, a final lower-case x made upper-case.
CREATE FUNCTION reissuedesk_normalize_resident_id(input TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public AS $$
    SELECT CASE WHEN t LIKE '%x' THEN left(t, -1) || 'X' ELSE t END
    FROM (SELECT reissuedesk_trim_space(input) AS t) trimmed
$$;

-- ResidentIdNumber::validate(...).valid: 17 digits and a check character
-- (digit or X, GB 11643 weights, modulo 11), a province code, a birth date
-- from 1900 up to today.
CREATE FUNCTION reissuedesk_resident_id_valid(input TEXT, today DATE) RETURNS BOOLEAN
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, public AS $$
DECLARE
    id CONSTANT TEXT := reissuedesk_normalize_resident_id(input);
    weights CONSTANT INT[] := ARRAY[7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    province INT;
    birth_year INT;
    birth_month INT;
    birth_day INT;
    total INT := 0;
BEGIN
    IF id IS NULL OR id !~ '^[0-9]{17}[0-9X]$' THEN
        RETURN FALSE;
    END IF;
    province := substr(id, 1, 2)::INT;
    IF NOT (province BETWEEN 11 AND 15 OR province BETWEEN 21 AND 23 OR province BETWEEN 31 AND 37
            OR province BETWEEN 41 AND 46 OR province BETWEEN 50 AND 54 OR province BETWEEN 61 AND 65
            OR province IN (71, 81, 82, 91)) THEN
        RETURN FALSE;
    END IF;
    birth_year := substr(id, 7, 4)::INT;
    birth_month := substr(id, 11, 2)::INT;
    birth_day := substr(id, 13, 2)::INT;
    IF birth_year < 1900 OR birth_month NOT BETWEEN 1 AND 12 OR birth_day < 1
       OR birth_day > extract(DAY FROM make_date(birth_year, birth_month, 1) + INTERVAL '1 month - 1 day')
       OR make_date(birth_year, birth_month, birth_day) > today THEN
        RETURN FALSE;
    END IF;
    FOR i IN 1..17 LOOP
        total := total + substr(id, i, 1)::INT * weights[i];
    END LOOP;
    RETURN substr(id, 18, 1) = substr('10X98765432', total % 11 + 1, 1);
END;
$$;

-- MobileNumber::normalize(): white space, dashes and parentheses (ASCII and
-- full-width) dropped; +86, 0086 or 86 dropped when 11 digits follow.
CREATE FUNCTION reissuedesk_normalize_msisdn(input TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$
    SELECT CASE WHEN s ~ '^(\+86|0086|86)[0-9]{11}$' THEN right(s, 11) ELSE s END
    FROM (SELECT regexp_replace(input,
              '[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000()\u2010-\u2014\uFF0D\uFF08\uFF09-]',
              '', 'g') AS s) stripped
$$;

-- Iccid::normalize(): white space dropped.
CREATE FUNCTION reissuedesk_normalize_iccid(input TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$
    SELECT regexp_replace(input, '[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]',
                          '', 'g')
$$;

-- CardNumber::classify(): 'empty', 'msisdn', 'iccid' or 'unknown'.
CREATE FUNCTION reissuedesk_card_kind(input TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public AS $$
    SELECT CASE
        WHEN input IS NULL OR reissuedesk_trim_space(input) = '' THEN 'empty'
        WHEN reissuedesk_normalize_msisdn(input) ~ '^[0-9]{11}$' THEN 'msisdn'
        WHEN reissuedesk_normalize_iccid(input) ~ '^[0-9]{19,20}$' THEN 'iccid'
        ELSE 'unknown'
    END
$$;

-- A card number normalized as its kind wants (ReviewChecks' old-card check).
CREATE FUNCTION reissuedesk_normalize_card(input TEXT, kind TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public AS $$
    SELECT CASE WHEN kind = 'iccid' THEN reissuedesk_normalize_iccid(input) ELSE reissuedesk_normalize_msisdn(input) END
$$;

-- CardNumber::validate(...).valid: empty is valid; a mobile number starts with
-- 13-19; an ICCID starts with 89 and ends with its Luhn check digit.
CREATE FUNCTION reissuedesk_card_valid(input TEXT) RETURNS BOOLEAN
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, public AS $$
DECLARE
    kind CONSTANT TEXT := reissuedesk_card_kind(input);
    number TEXT;
    total INT := 0;
    digit INT;
    doubled BOOLEAN := TRUE;
BEGIN
    IF kind = 'empty' THEN
        RETURN TRUE;
    ELSIF kind = 'msisdn' THEN
        RETURN reissuedesk_normalize_msisdn(input) ~ '^1[3-9]';
    ELSIF kind = 'unknown' THEN
        RETURN FALSE;
    END IF;
    number := reissuedesk_normalize_iccid(input);
    IF left(number, 2) <> '89' THEN
        RETURN FALSE;
    END IF;
    -- Luhn over the digits before the check digit, from the right, the first doubled.
    FOR i IN REVERSE length(number) - 1..1 LOOP
        digit := substr(number, i, 1)::INT;
        IF doubled THEN
            digit := digit * 2;
            IF digit > 9 THEN
                digit := digit - 9;
            END IF;
        END IF;
        total := total + digit;
        doubled := NOT doubled;
    END LOOP;
    RETURN right(number, 1)::INT = (10 - total % 10) % 10;
END;
$$;

-- ReviewChecks' account-holder check fails: another name, or the holder's
-- name with another valid ID number. Such an application may not be approved.
CREATE FUNCTION reissuedesk_is_proxy_application(application BIGINT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT reissuedesk_trim_space(a.applicant_name) <> reissuedesk_trim_space(c.holder_name)
        OR (reissuedesk_normalize_resident_id(a.applicant_id_number)
                <> reissuedesk_normalize_resident_id(c.holder_id_number)
            AND reissuedesk_resident_id_valid(a.applicant_id_number, current_date))
    FROM applications a JOIN accounts c ON c.id = a.account_id
    WHERE a.id = application
$$;

-- ReviewPolicy: the checks that send an approval to a second reviewer, as
-- ReviewPolicy::checkKeys() writes them ("id_number,old_card"), '' for none.
CREATE FUNCTION reissuedesk_second_review_checks(application BIGINT) RETURNS TEXT
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    a applications%ROWTYPE;
    checks TEXT[] := '{}';
    card_kind TEXT;
BEGIN
    SELECT * INTO a FROM applications WHERE id = application;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF NOT reissuedesk_resident_id_valid(a.applicant_id_number, current_date)
       OR a.applicant_id_valid_until < current_date THEN
        checks := checks || 'id_number'::TEXT;
    END IF;
    card_kind := reissuedesk_card_kind(a.old_card_number);
    IF card_kind <> 'empty' AND (NOT reissuedesk_card_valid(a.old_card_number) OR NOT EXISTS (
            SELECT 1 FROM account_cards c WHERE c.account_id = a.account_id
               AND reissuedesk_normalize_card(c.card_number, card_kind)
                   = reissuedesk_normalize_card(a.old_card_number, card_kind))) THEN
        checks := checks || 'old_card'::TEXT;
    END IF;
    IF EXISTS (SELECT 1 FROM documents mine
               JOIN documents theirs ON theirs.sha256 = mine.sha256
               JOIN applications other ON other.id = theirs.application_id
               WHERE mine.application_id = a.id AND other.account_id <> a.account_id) THEN
        checks := checks || 'reused_document'::TEXT;
    END IF;
    -- The window of RepeatReplacementWindowSeconds, in seconds as the client counts it.
    IF EXISTS (SELECT 1 FROM applications other
               WHERE other.account_id = a.account_id AND other.id <> a.id AND other.status <> 'cancelled'
                 AND other.submitted_at <= a.submitted_at
                 AND other.submitted_at > a.submitted_at - INTERVAL '7776000 seconds') THEN
        checks := checks || 'repeat_replacement'::TEXT;
    END IF;
    IF a.special_service_fee_cents <> 0 THEN
        checks := checks || 'special_service_fee'::TEXT;
    END IF;
    RETURN array_to_string(checks, ',');
END;
$$;

-- ---------------------------------------------------------------------------
-- applications: holds and the state machine.

CREATE FUNCTION reissuedesk_check_application_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    -- The columns the review moves; everything else is the customer's
    -- application, which no one at a desk edits.
    review_columns CONSTANT TEXT[] := ARRAY['status', 'review_round', 'claimed_by', 'claimed_at',
                                            'lease_expires_at', 'version', 'updated_at'];
    me BIGINT;
    supervisor BOOLEAN;
    number CONSTANT TEXT := OLD.application_number;
    held_by_me BOOLEAN;
    hold_lapsed BOOLEAN;
    first_reviewer BIGINT;
    confirmer BIGINT;
    wants_second_review BOOLEAN;
BEGIN
    IF NOT reissuedesk_review_rules_apply() THEN
        RETURN NEW;
    END IF;
    me := reissuedesk_require_operator();
    supervisor := reissuedesk_is_supervisor();
    IF (to_jsonb(NEW) - review_columns) IS DISTINCT FROM (to_jsonb(OLD) - review_columns) THEN
        PERFORM reissuedesk_refuse(format('application %s is the customer''s: its details cannot be changed at '
                                          'the desk', number));
    END IF;
    held_by_me := coalesce(OLD.claimed_by = me AND OLD.lease_expires_at >= now(), FALSE);
    hold_lapsed := OLD.claimed_by IS NULL OR OLD.lease_expires_at < now();
    SELECT d.operator_id, d.confirmed_by, d.needs_second_review INTO first_reviewer, confirmer, wants_second_review
    FROM decisions d WHERE d.application_id = OLD.id AND d.review_round = OLD.review_round;

    IF OLD.status IN ('approved', 'rejected', 'shipped', 'cancelled') THEN
        IF supervisor AND OLD.status IN ('approved', 'rejected') AND NEW.status = 'in_review'
           AND NEW.review_round = OLD.review_round + 1 THEN
            RETURN NEW; -- a supervisor reopens a decision: a new review round
        END IF;
        PERFORM reissuedesk_refuse(format('application %s is already %s and cannot be changed%s', number,
                                          replace(OLD.status, '_', ' '),
                                          CASE WHEN OLD.status IN ('approved', 'rejected')
                                               THEN '; only a supervisor may reopen it' ELSE '' END));
    END IF;

    IF NEW.status = OLD.status THEN
        IF NEW.review_round <> OLD.review_round THEN
            PERFORM reissuedesk_refuse(format('the review round of application %s changes only when it is '
                                              'reopened or sent back by a second reviewer', number));
        END IF;
        IF NEW.claimed_by IS NOT DISTINCT FROM OLD.claimed_by THEN
            -- Renewing a lease: the holder's (or a supervisor's) business.
            IF (NEW.lease_expires_at IS DISTINCT FROM OLD.lease_expires_at
                OR NEW.claimed_at IS DISTINCT FROM OLD.claimed_at)
               AND OLD.claimed_by IS DISTINCT FROM me AND NOT supervisor THEN
                PERFORM reissuedesk_refuse(format('application %s is held by someone else: only they may renew '
                                                  'their claim', number));
            END IF;
        ELSIF NEW.claimed_by = me THEN
            IF NOT hold_lapsed AND OLD.claimed_by <> me AND NOT supervisor THEN
                PERFORM reissuedesk_refuse(format('application %s is held by someone else: wait until they '
                                                  'release it', number));
            END IF;
        ELSIF NEW.claimed_by IS NULL THEN
            IF NOT hold_lapsed AND OLD.claimed_by <> me AND NOT supervisor THEN
                PERFORM reissuedesk_refuse(format('application %s is held by someone else: only they or a '
                                                  'supervisor may release it', number));
            END IF;
        ELSIF NOT supervisor THEN
            PERFORM reissuedesk_refuse(format('only a supervisor may assign application %s to someone else',
                                              number));
        ELSIF NOT EXISTS (SELECT 1 FROM operators WHERE id = NEW.claimed_by AND active) THEN
            PERFORM reissuedesk_refuse(format('application %s can only be assigned to an active operator',
                                              number));
        END IF;
        IF NEW.status = 'awaiting_second_review' AND NEW.claimed_by = first_reviewer THEN
            PERFORM reissuedesk_refuse(format('application %s was approved by the same operator: its second '
                                              'review must be done by someone else', number));
        END IF;
        RETURN NEW;
    END IF;

    IF NEW.review_round <> OLD.review_round
       AND NOT (OLD.status = 'awaiting_second_review' AND NEW.status = 'pending'
                AND NEW.review_round = OLD.review_round + 1) THEN
        PERFORM reissuedesk_refuse(format('the review round of application %s changes only when it is reopened '
                                          'or sent back by a second reviewer', number));
    END IF;

    IF OLD.status = 'pending' AND NEW.status = 'in_review' THEN
        -- A claim (or, by a supervisor, an assignment).
        IF NEW.claimed_by IS DISTINCT FROM me AND NOT supervisor THEN
            PERFORM reissuedesk_refuse(format('application %s can only be claimed for yourself', number));
        END IF;
        RETURN NEW;
    END IF;

    IF OLD.status = 'in_review' AND NEW.status = 'pending' THEN
        IF NOT hold_lapsed AND OLD.claimed_by <> me AND NOT supervisor THEN
            PERFORM reissuedesk_refuse(format('application %s is held by someone else: only they or a '
                                              'supervisor may release it', number));
        END IF;
        RETURN NEW;
    END IF;

    IF OLD.status = 'in_review' AND NEW.status IN ('approved', 'awaiting_second_review', 'rejected') THEN
        IF NOT held_by_me THEN
            PERFORM reissuedesk_refuse(format('only the operator holding application %s may decide it; claim it '
                                              'first', number));
        END IF;
        IF NEW.claimed_by IS NOT NULL THEN
            PERFORM reissuedesk_refuse(format('a decided application is held by no one: release application %s '
                                              'with the decision', number));
        END IF;
        IF NEW.status <> 'rejected' AND reissuedesk_is_proxy_application(OLD.id) THEN
            PERFORM reissuedesk_refuse(format('the applicant of %s is not the account holder: replacement cards '
                                              'are never issued on someone else''s behalf, so it can only be '
                                              'rejected as "not the account holder"', number));
        END IF;
        -- Four eyes: a risky approval (or one whose decision row, written
        -- first, asks for it) waits for a second reviewer whatever the client
        -- sent. Deciding here, on the application, keeps the status right in
        -- both statement orders; the decision row follows the status.
        IF NEW.status = 'approved'
           AND (reissuedesk_second_review_checks(OLD.id) <> '' OR coalesce(wants_second_review, FALSE)) THEN
            NEW.status := 'awaiting_second_review';
        END IF;
        RETURN NEW;
    END IF;

    IF OLD.status = 'awaiting_second_review' AND NEW.status IN ('approved', 'pending') THEN
        IF NOT held_by_me THEN
            PERFORM reissuedesk_refuse(format('only the operator holding application %s may complete its second '
                                              'review; claim it first', number));
        END IF;
        IF first_reviewer = me THEN
            PERFORM reissuedesk_refuse(format('you approved application %s yourself: its second review must be '
                                              'done by someone else', number));
        END IF;
        IF NEW.claimed_by IS NOT NULL THEN
            PERFORM reissuedesk_refuse(format('a reviewed application is held by no one: release application %s '
                                              'with the second review', number));
        END IF;
        IF NEW.status = 'approved' AND confirmer IS DISTINCT FROM me THEN
            PERFORM reissuedesk_refuse(format('confirm the approval of application %s (decisions.confirmed_by) '
                                              'before approving it', number));
        END IF;
        IF NEW.status = 'pending' AND NEW.review_round <> OLD.review_round + 1 THEN
            PERFORM reissuedesk_refuse(format('an approval of application %s sent back by the second reviewer '
                                              'starts a new review round', number));
        END IF;
        RETURN NEW;
    END IF;

    PERFORM reissuedesk_refuse(format('application %s cannot go from %s to %s: that is not a step of the review',
                                      number, replace(OLD.status, '_', ' '), replace(NEW.status, '_', ' ')));
    RETURN NULL;
END;
$$;

CREATE TRIGGER applications_review_rules BEFORE UPDATE ON applications
    FOR EACH ROW EXECUTE FUNCTION reissuedesk_check_application_change();

-- At COMMIT: an application an operator decided has that operator's decision
-- for the round, with the matching outcome.
CREATE FUNCTION reissuedesk_check_decision_recorded() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF NOT reissuedesk_review_rules_apply() THEN
        RETURN NULL;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM decisions d
                   WHERE d.application_id = NEW.id AND d.review_round = NEW.review_round
                     AND d.operator_id = reissuedesk_current_operator_id()
                     AND d.outcome = CASE WHEN NEW.status = 'rejected' THEN 'reject' ELSE 'approve' END) THEN
        PERFORM reissuedesk_refuse(format('application %s was %s without a decision in your name: record the '
                                          'decision in the same transaction; nothing was saved',
                                          NEW.application_number, replace(NEW.status, '_', ' ')));
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER applications_decided_with_decision AFTER UPDATE ON applications
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.status = 'in_review' AND NEW.status IN ('approved', 'awaiting_second_review', 'rejected'))
    EXECUTE FUNCTION reissuedesk_check_decision_recorded();

-- ---------------------------------------------------------------------------
-- decisions: in one's own name, on what one holds; four eyes; no proxy approvals.

CREATE FUNCTION reissuedesk_check_new_decision() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me BIGINT;
    a applications%ROWTYPE;
    changed_here BOOLEAN;
    checks TEXT;
BEGIN
    IF NOT reissuedesk_review_rules_apply() THEN
        RETURN NEW;
    END IF;
    me := reissuedesk_require_operator();
    SELECT * INTO a FROM applications WHERE id = NEW.application_id FOR UPDATE;
    IF NOT FOUND THEN
        RETURN NEW; -- the foreign key refuses it
    END IF;
    IF NEW.operator_id IS DISTINCT FROM me THEN
        PERFORM reissuedesk_refuse(format('a decision on application %s can only be recorded in your own name',
                                          a.application_number));
    END IF;
    IF NEW.confirmed_by IS NOT NULL OR NEW.confirmed_at IS NOT NULL THEN
        PERFORM reissuedesk_refuse(format('the approval of application %s is confirmed later, by a second '
                                          'reviewer, not with the decision', a.application_number));
    END IF;
    IF NEW.review_round IS DISTINCT FROM a.review_round THEN
        PERFORM reissuedesk_refuse(format('application %s is in review round %s: a decision is for the current '
                                          'round', a.application_number, a.review_round));
    END IF;
    -- Either still in review and held by me (decision first), or decided by
    -- this very transaction (status first: the row's xmin is ours, and only
    -- its live holder may have made that change). Savepoints give the row a
    -- subtransaction's xid: use none between the two statements.
    SELECT xmin = pg_current_xact_id()::xid INTO changed_here FROM applications WHERE id = a.id;
    IF a.status = 'in_review' THEN
        IF a.claimed_by IS DISTINCT FROM me OR a.lease_expires_at < now() THEN
            PERFORM reissuedesk_refuse(format('only the operator holding application %s may decide it; claim it '
                                              'first', a.application_number));
        END IF;
    ELSIF NOT changed_here OR a.status NOT IN ('approved', 'awaiting_second_review', 'rejected')
          OR (a.status = 'rejected') <> (NEW.outcome = 'reject') THEN
        PERFORM reissuedesk_refuse(format('application %s is %s, not in review: nothing can be decided on it',
                                          a.application_number, replace(a.status, '_', ' ')));
    END IF;

    IF NEW.outcome = 'approve' THEN
        IF reissuedesk_is_proxy_application(a.id) THEN
            PERFORM reissuedesk_refuse(format('the applicant of %s is not the account holder: replacement cards '
                                              'are never issued on someone else''s behalf, so it can only be '
                                              'rejected as "not the account holder"', a.application_number));
        END IF;
        checks := reissuedesk_second_review_checks(a.id);
        IF checks <> '' THEN
            NEW.needs_second_review := TRUE;
            NEW.second_review_checks := checks;
        ELSIF a.status = 'awaiting_second_review' THEN
            NEW.needs_second_review := TRUE; -- asked for by the client: kept
        ELSIF a.status = 'approved' THEN
            NEW.needs_second_review := FALSE;
            NEW.second_review_checks := '';
        END IF;
    ELSIF NEW.resubmission_allowed AND reissuedesk_is_proxy_application(a.id) THEN
        PERFORM reissuedesk_refuse(format('the applicant of %s is not the account holder: reject it as "not the '
                                          'account holder", without resubmission', a.application_number));
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER decisions_review_rules BEFORE INSERT ON decisions
    FOR EACH ROW EXECUTE FUNCTION reissuedesk_check_new_decision();

-- At COMMIT: the decision and its application agree (status, round, second
-- review), and a rejected proxy application carries "not_account_holder"
-- (decision_reasons rows come after the decision row).
CREATE FUNCTION reissuedesk_check_decision_complete() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    a applications%ROWTYPE;
    d decisions%ROWTYPE;
BEGIN
    IF NOT reissuedesk_review_rules_apply() THEN
        RETURN NULL;
    END IF;
    SELECT * INTO d FROM decisions WHERE id = NEW.id;
    SELECT * INTO a FROM applications WHERE id = NEW.application_id;
    IF NOT FOUND OR d.id IS NULL THEN
        RETURN NULL;
    END IF;
    IF a.review_round = d.review_round AND NOT (
           (d.outcome = 'reject' AND a.status = 'rejected')
        OR (d.outcome = 'approve' AND d.needs_second_review AND a.status = 'awaiting_second_review')
        OR (d.outcome = 'approve' AND NOT d.needs_second_review AND a.status = 'approved')) THEN
        PERFORM reissuedesk_refuse(format('the decision on application %s does not match its status (%s): '
                                          'change both in the same transaction; nothing was saved',
                                          a.application_number, replace(a.status, '_', ' ')));
    END IF;
    IF d.outcome = 'reject' AND reissuedesk_is_proxy_application(a.id)
       AND (d.resubmission_allowed OR NOT EXISTS (SELECT 1 FROM decision_reasons r
                                                  WHERE r.decision_id = d.id
                                                    AND r.reason_code = 'not_account_holder')) THEN
        PERFORM reissuedesk_refuse(format('the applicant of %s is not the account holder: reject it with the '
                                          'reason "not the account holder" and without resubmission; nothing '
                                          'was saved', a.application_number));
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER decisions_complete AFTER INSERT ON decisions
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION reissuedesk_check_decision_complete();

-- A decision stays as recorded; the one change is a second reviewer's
-- confirmation, by someone other than the first reviewer, holding it.
CREATE FUNCTION reissuedesk_check_decision_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me BIGINT;
    a applications%ROWTYPE;
BEGIN
    IF NOT reissuedesk_review_rules_apply() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    me := reissuedesk_require_operator();
    SELECT * INTO a FROM applications WHERE id = OLD.application_id;
    IF TG_OP = 'DELETE' OR (to_jsonb(NEW) - ARRAY['confirmed_by', 'confirmed_at'])
                           IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['confirmed_by', 'confirmed_at']) THEN
        PERFORM reissuedesk_refuse(format('the decision on application %s is recorded and cannot be changed or '
                                          'removed', a.application_number));
    END IF;
    IF OLD.operator_id = me THEN
        PERFORM reissuedesk_refuse(format('you approved application %s yourself: its second review must be done '
                                          'by someone else', a.application_number));
    END IF;
    IF NOT OLD.needs_second_review OR OLD.confirmed_by IS NOT NULL OR NEW.confirmed_by IS DISTINCT FROM me
       OR a.status <> 'awaiting_second_review' OR a.review_round <> OLD.review_round
       OR a.claimed_by IS DISTINCT FROM me OR a.lease_expires_at < now() THEN
        PERFORM reissuedesk_refuse(format('only the operator holding application %s for its second review may '
                                          'confirm its approval, once, in their own name', a.application_number));
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER decisions_confirmation_rules BEFORE UPDATE OR DELETE ON decisions
    FOR EACH ROW EXECUTE FUNCTION reissuedesk_check_decision_change();

-- Reasons belong to a decision as it was recorded: added only with it, in the
-- same transaction, by its operator; never changed or removed afterwards.
CREATE FUNCTION reissuedesk_check_decision_reasons() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    number TEXT;
    recorded_here BOOLEAN;
    decided_by BIGINT;
BEGIN
    IF NOT reissuedesk_review_rules_apply() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    SELECT a.application_number, d.xmin = pg_current_xact_id()::xid, d.operator_id
    INTO number, recorded_here, decided_by
    FROM decisions d JOIN applications a ON a.id = d.application_id
    WHERE d.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.decision_id ELSE NEW.decision_id END;
    IF TG_OP <> 'INSERT' OR NOT recorded_here OR decided_by IS DISTINCT FROM reissuedesk_require_operator() THEN
        PERFORM reissuedesk_refuse(format('the decision on application %s is recorded and cannot be changed or '
                                          'removed', number));
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER decision_reasons_review_rules BEFORE INSERT OR UPDATE OR DELETE ON decision_reasons
    FOR EACH ROW EXECUTE FUNCTION reissuedesk_check_decision_reasons();

ALTER TABLE decisions ADD CONSTRAINT decisions_four_eyes
    CHECK (confirmed_by IS NULL OR confirmed_by <> operator_id) NOT VALID;

-- ---------------------------------------------------------------------------
-- Shipments and customer notices follow a decision that stands.

CREATE FUNCTION reissuedesk_check_decision_follow_up() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    a applications%ROWTYPE;
    d decisions%ROWTYPE;
BEGIN
    IF NOT reissuedesk_review_rules_apply() THEN
        RETURN NEW;
    END IF;
    PERFORM reissuedesk_require_operator();
    SELECT * INTO a FROM applications WHERE id = NEW.application_id;
    IF NOT FOUND THEN
        RETURN NEW; -- the foreign key refuses it
    END IF;
    SELECT * INTO d FROM decisions WHERE id = NEW.decision_id AND application_id = a.id;
    IF TG_TABLE_NAME = 'shipments' THEN
        IF a.status <> 'approved' OR d.outcome IS DISTINCT FROM 'approve' THEN
            PERFORM reissuedesk_refuse(format('a card is shipped only for an approved application, and '
                                              'application %s is %s', a.application_number,
                                              replace(a.status, '_', ' ')));
        END IF;
    ELSIF d.id IS NULL OR d.review_round <> a.review_round
          OR a.status <> (CASE WHEN d.outcome = 'approve' THEN 'approved' ELSE 'rejected' END) THEN
        PERFORM reissuedesk_refuse(format('the customer is told only of a decision that stands, and application '
                                          '%s is %s', a.application_number, replace(a.status, '_', ' ')));
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER shipments_review_rules BEFORE INSERT ON shipments
    FOR EACH ROW EXECUTE FUNCTION reissuedesk_check_decision_follow_up();
CREATE TRIGGER notifications_review_rules BEFORE INSERT ON notifications
    FOR EACH ROW EXECUTE FUNCTION reissuedesk_check_decision_follow_up();
