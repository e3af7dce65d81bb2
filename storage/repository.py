"""The SQL repository: maps table rows to the engine's values and back."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any, ParamSpec, TypeVar

from pydantic import TypeAdapter
from sqlalchemy import Connection, Engine, Float, bindparam, delete, func, update
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session, col, select

from engine.candidate import CvProfile, JobProfile, Material, MaterialKind
from engine.models import (
    Assessment,
    AudioFacts,
    Interview,
    InterviewConfig,
    Report,
    Status,
    Turn,
    TurnKind,
)
from engine.ports import (
    AlreadyHandled,
    InterviewSummary,
    MaterialWait,
    ReceivedUpdate,
    StorageError,
    UpdateRef,
    UserKey,
    UserProfile,
)
from engine.question_bank import legacy_question
from engine.questions import Question
from engine.roles import InterviewType
from storage.tables import (
    InterviewRow,
    LeaseRow,
    MaterialRow,
    MaterialWaitRow,
    QuestionTranslationRow,
    ReceivedUpdateRow,
    ReminderRow,
    ReportRow,
    TurnCountRow,
    TurnRow,
    UserRow,
    utcnow,
)

P = ParamSpec("P")
T = TypeVar("T")
_assessment = TypeAdapter(Assessment)
_audio = TypeAdapter(AudioFacts)
_report = TypeAdapter(Report)
_question = TypeAdapter(Question)
_cv_profile = TypeAdapter(CvProfile)
_job_profile = TypeAdapter(JobProfile)
UPSERT_COLUMNS = ("text", "superseded", "assessment", "audio")
MATERIAL_COLUMNS = ("text", "profile", "filename", "updated_at")
RECEIVED, CLAIMED, DONE = "received", "claimed", "done"  # ReceivedUpdateRow.status


def storage_errors(function: Callable[P, T]) -> Callable[P, T]:
    """Report a locked or unreachable database as the engine's StorageError."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return function(*args, **kwargs)
        except OperationalError as error:
            raise StorageError(str(error.orig)) from error

    return wrapper


class SqlRepository:
    """Users, interviews, turns, reports and processed updates in one SQL database."""

    def __init__(self, engine: Engine) -> None:
        """A repository over ``engine`` (its tables migrated already)."""
        self.engine = engine
        # Built once: the hot path (two saves per answer) then skips statement compilation.
        self._update_interview = (
            update(InterviewRow)
            .where(col(InterviewRow.id) == bindparam("interview_id"))
            .values(
                status=bindparam("status"),
                fallback_notified=bindparam("fallback_notified"),
                updated_at=bindparam("updated_at"),
            )
        )
        insert = postgres_insert if engine.dialect.name == "postgresql" else sqlite_insert
        statement = insert(TurnRow)
        self._upsert_turn = statement.on_conflict_do_update(
            index_elements=["session_id", "position"],
            set_={name: statement.excluded[name] for name in UPSERT_COLUMNS},
        )
        updates = ReceivedUpdateRow.__table__  # type: ignore[attr-defined]
        users = UserRow.__table__  # type: ignore[attr-defined]
        # The sender's row when they have one, so deleting the user deletes their updates too.
        sender = (
            select(users.c.id)
            .where(users.c.platform == bindparam("platform"))
            .where(users.c.platform_user_id == bindparam("sender"))
            .scalar_subquery()
        )
        self._receive_update = (
            insert(updates)
            .values(
                platform=bindparam("platform"),
                update_id=bindparam("update_id"),
                user_id=sender,
                sender=bindparam("sender"),
                status=RECEIVED,
                payload=bindparam("payload"),
                created_at=bindparam("created_at"),
            )
            .on_conflict_do_nothing(index_elements=["platform", "update_id"])
            # A row comes back only when one was inserted. (Not rowcount: on PostgreSQL the
            # insert gets an implicit RETURNING and its rowcount is -1.)
            .returning(updates.c.id)
        )
        # Claims an update for an answer: inserted, or moved on from "received"; a row already
        # claimed or done is left alone (no row returned), which is how a replay is recognised.
        claim = insert(updates).values(
            platform=bindparam("platform"),
            update_id=bindparam("update_id"),
            status=CLAIMED,
            created_at=bindparam("created_at"),
        )
        self._claim_update = claim.on_conflict_do_update(
            index_elements=["platform", "update_id"],
            set_={"status": CLAIMED},
            where=updates.c.status == RECEIVED,
        ).returning(updates.c.id)
        materials = MaterialRow.__table__  # type: ignore[attr-defined]
        material = insert(materials)
        self._upsert_material = material.on_conflict_do_update(
            index_elements=["user_id", "kind"],
            set_={name: material.excluded[name] for name in MATERIAL_COLUMNS},
        )
        waits = MaterialWaitRow.__table__  # type: ignore[attr-defined]
        wait = insert(waits)
        self._upsert_wait = wait.on_conflict_do_update(
            index_elements=["user_id"],
            set_={"kind": wait.excluded.kind, "until": wait.excluded.until},
        )
        self._finish_update = (
            update(updates)
            .where(updates.c.platform == bindparam("platform_key"))
            .where(updates.c.update_id == bindparam("update_key"))
            .values(status=DONE, payload=None, lease_until=None)  # the holder stays: who did it
        )
        self._claim_heads = _claim_heads(updates)
        leases = LeaseRow.__table__  # type: ignore[attr-defined]
        lease = insert(leases).values(
            name=bindparam("name"), holder=bindparam("holder"), expires_at=bindparam("until")
        )
        # Taken when free, expired or already ours; a live lease of another replica stays.
        self._hold_lease = lease.on_conflict_do_update(
            index_elements=["name"],
            set_={"holder": lease.excluded.holder, "expires_at": lease.excluded.expires_at},
            where=(leases.c.holder == lease.excluded.holder)
            | (leases.c.expires_at < bindparam("now")),
        ).returning(leases.c.holder)
        counts = TurnCountRow.__table__  # type: ignore[attr-defined]
        # One atomic statement counts an answer: the row's lock makes replicas take turns, and
        # a minute that is full already is left as it is (no row returned).
        self._count_turn = (
            insert(counts)
            .values(user_key=bindparam("user_key"), minute=bindparam("minute"), hits=1)
            .on_conflict_do_update(
                index_elements=["user_key", "minute"],
                set_={"hits": counts.c.hits + 1},
                where=counts.c.hits + 1 <= bindparam("room", type_=Float),
            )
            .returning(counts.c.hits)
        )
        self._previous_hits = select(counts.c.hits).where(
            counts.c.user_key == bindparam("user_key"), counts.c.minute == bindparam("previous")
        )

    @storage_errors
    def get_or_create_user(
        self, key: UserKey, display_name: str = "", language: str = "en"
    ) -> UserProfile:
        """Return the user, creating them (speaking ``language``) on first contact."""
        with Session(self.engine) as db:
            row = self._user_row(db, key)
            if row is None:
                row = UserRow(
                    platform=key.platform,
                    platform_user_id=key.platform_user_id,
                    display_name=display_name[:128],
                    language=language,
                )
                db.add(row)
                try:
                    db.commit()
                except IntegrityError:  # created concurrently by another update
                    db.rollback()
                    row = self._user_row(db, key)
                    assert row is not None
            return _profile(row)

    @storage_errors
    def update_user(self, profile: UserProfile) -> None:
        """Store changed preferences."""
        with Session(self.engine) as db:
            row = db.get(UserRow, profile.id)
            if row is None:
                return
            row.language = profile.language
            row.voice_replies = profile.voice_replies
            row.timezone = profile.timezone
            db.add(row)
            db.commit()

    @storage_errors
    def active_interview(self, user_id: int) -> Interview | None:
        """The user's interview in progress, if any."""
        return self._latest(user_id, only_active=True)

    @storage_errors
    def latest_interview(self, user_id: int) -> Interview | None:
        """The user's most recent interview of any status."""
        return self._latest(user_id, only_active=False)

    @storage_errors
    def create_interview(
        self, user_id: int, interview: Interview, source: UpdateRef | None = None
    ) -> Interview:
        """Store a new interview (any active one of the user is ended) and return it.

        With ``source`` the update that asked for it is claimed in the same transaction, so a
        replayed start is recognised (AlreadyHandled, nothing stored) instead of starting over.
        """
        config = interview.config
        with Session(self.engine) as db:
            if source is not None:
                self._claim(db.connection(), source)
            for old in db.exec(
                select(InterviewRow).where(
                    InterviewRow.user_id == user_id, InterviewRow.status == Status.ACTIVE.value
                )
            ):
                old.status = Status.ENDED.value
                db.add(old)
            interview_row = InterviewRow(
                user_id=user_id,
                role_id=config.role_id,
                interview_type=config.interview_type.value if config.interview_type else None,
                difficulty=config.difficulty,
                question_count=config.question_count,
                follow_up_limit=config.follow_up_limit,
                language=config.language,
                seed=config.seed,
                question_source=config.source,
                requirements=list(config.requirements) or None,
                status=interview.status.value,
            )
            db.add(interview_row)
            db.flush()
            assert interview_row.id is not None
            for position, turn in enumerate(interview.turns):
                db.add(_turn_row(interview_row.id, position, turn))
            db.commit()
            return Interview(config=config, status=interview.status, turns=interview.turns,
                             id=interview_row.id)  # fmt: skip

    @storage_errors
    def save_interview(
        self,
        interview: Interview,
        changed: list[tuple[int, Turn]],
        source: UpdateRef | None = None,
    ) -> None:
        """Store the interview's status and the turns (by position) that changed, atomically.

        With ``source`` the update that brought the answer is claimed in the same transaction,
        so an answer is stored exactly once however often its update is replayed: a second
        claim raises AlreadyHandled and stores nothing.
        """
        assert interview.id is not None
        interview_id = interview.id
        with self.engine.begin() as connection:
            if source is not None:
                self._claim(connection, source)
            found = connection.execute(
                self._update_interview,
                {
                    "interview_id": interview_id,
                    "status": interview.status.value,
                    "fallback_notified": interview.fallback_notified,
                    "updated_at": utcnow(),
                },
            )
            if found.rowcount != 1:
                raise LookupError(f"interview {interview_id} is gone")
            if changed:
                rows = [_turn_values(interview_id, position, turn) for position, turn in changed]
                connection.execute(self._upsert_turn, rows)

    def _claim(self, connection: Connection, source: UpdateRef) -> None:
        """Claim ``source`` in the caller's transaction; AlreadyHandled if it was before."""
        claimed = connection.execute(
            self._claim_update,
            {"platform": source.platform, "update_id": source.update_id, "created_at": utcnow()},
        )
        if claimed.first() is None:
            raise AlreadyHandled(f"{source.platform} update {source.update_id}")

    @storage_errors
    def save_report(self, interview_id: int, report: Report) -> None:
        """Store (or replace) the final report of an interview."""
        body = _report.dump_python(report, mode="json")
        overall = report.scores.overall if report.scores else None
        with Session(self.engine) as db:
            row = db.exec(select(ReportRow).where(ReportRow.session_id == interview_id)).first()
            if row is None:
                row = ReportRow(session_id=interview_id, body=body, overall=overall)
            else:
                row.body, row.overall = body, overall
            db.add(row)
            db.commit()

    @storage_errors
    def get_report(self, interview_id: int) -> Report | None:
        """The stored report of an interview, if any."""
        with Session(self.engine) as db:
            row = db.exec(select(ReportRow).where(ReportRow.session_id == interview_id)).first()
            return _report.validate_python(row.body) if row else None

    @storage_errors
    def list_interviews(self, user_id: int, limit: int, offset: int) -> list[InterviewSummary]:
        """The user's interviews, newest first, with their report scores."""
        with Session(self.engine) as db:
            rows = db.exec(
                select(InterviewRow, ReportRow)
                .join(ReportRow, col(ReportRow.session_id) == col(InterviewRow.id), isouter=True)
                .where(InterviewRow.user_id == user_id)
                .order_by(col(InterviewRow.started_at).desc(), col(InterviewRow.id).desc())
                .offset(offset)
                .limit(limit)
            ).all()
            result = []
            for interview_row, report_row in rows:
                scores = report_row.body.get("scores") if report_row else None
                assert interview_row.id is not None
                result.append(
                    InterviewSummary(
                        id=interview_row.id,
                        role_id=interview_row.role_id,
                        interview_type=interview_row.interview_type or "mixed",
                        started_at=interview_row.started_at,
                        status=interview_row.status,
                        overall=report_row.overall if report_row else None,
                        scores=scores,
                    )
                )
            return result

    @storage_errors
    def count_interviews(self, user_id: int) -> int:
        """How many interviews the user has."""
        with Session(self.engine) as db:
            query = (
                select(func.count())
                .select_from(InterviewRow)
                .where(InterviewRow.user_id == user_id)
            )
            return int(db.exec(query).one())

    @storage_errors
    def question_history(self, user_id: int, role_id: str) -> dict[str, datetime]:
        """When the user was last asked each main question in their interviews for a role."""
        with Session(self.engine) as db:
            rows = db.exec(
                select(TurnRow.question_id, func.max(TurnRow.created_at))
                .join(InterviewRow, col(InterviewRow.id) == col(TurnRow.session_id))
                .where(
                    InterviewRow.user_id == user_id,
                    InterviewRow.role_id == role_id,
                    TurnRow.kind == TurnKind.QUESTION.value,
                )
                .group_by(col(TurnRow.question_id))
            ).all()
            return {question_id: asked_at for question_id, asked_at in rows}

    @storage_errors
    def receive_update(
        self, source: UpdateRef, payload: dict[str, Any], sender: str | None = None
    ) -> bool:
        """Keep a just-received update until it is finished; False if it was received before.

        ``sender`` is the platform user id of whoever sent it, when there is one.
        """
        with self.engine.begin() as connection:
            inserted = connection.execute(
                self._receive_update,
                {
                    "platform": source.platform,
                    "update_id": source.update_id,
                    "sender": sender,
                    "payload": payload,
                    "created_at": utcnow(),
                },
            )
            fresh = inserted.first() is not None
            if fresh and connection.dialect.name == "postgresql":
                # Wakes every replica's inbox (sent when this transaction commits).
                connection.execute(select(func.pg_notify(arrivals_channel(source.platform), "")))
            return fresh

    @storage_errors
    def update_handled(self, source: UpdateRef) -> bool:
        """Whether ``source`` was claimed (its effect stored) or finished already."""
        with Session(self.engine) as db:
            status = db.exec(
                select(ReceivedUpdateRow.status).where(
                    ReceivedUpdateRow.platform == source.platform,
                    ReceivedUpdateRow.update_id == source.update_id,
                )
            ).first()
        return status in (CLAIMED, DONE)

    @storage_errors
    def finish_update(self, source: UpdateRef) -> None:
        """Mark a received update as fully processed (its payload is dropped)."""
        with self.engine.begin() as connection:
            connection.execute(
                self._finish_update,
                {"platform_key": source.platform, "update_key": source.update_id},
            )

    @storage_errors
    def forget_updates(self, older_than: timedelta) -> int:
        """Drop finished updates received longer than ``older_than`` ago; return how many."""
        with self.engine.begin() as connection:
            result = connection.execute(
                delete(ReceivedUpdateRow).where(
                    col(ReceivedUpdateRow.status) == DONE,
                    col(ReceivedUpdateRow.created_at) < utcnow() - older_than,
                )
            )
            return int(result.rowcount)

    @storage_errors
    def claim_updates(
        self, platform: str, holder: str, lease: timedelta, limit: int
    ) -> list[ReceivedUpdate]:
        """Lease up to ``limit`` unfinished updates to ``holder``, oldest first.

        Only the oldest unfinished update of each sender can be taken, and only while nobody
        holds a live lease on it: one sender's updates are handled one at a time, in order,
        whichever replica takes them. Rows another replica is claiming are skipped (``FOR
        UPDATE SKIP LOCKED`` on PostgreSQL), not waited for.
        """
        now = utcnow()
        with self.engine.begin() as connection:
            ids = (
                connection.execute(
                    self._claim_heads, {"platform": platform, "now": now, "limit": limit}
                )
                .scalars()
                .all()
            )
            if not ids:
                return []
            leased = connection.execute(
                update(ReceivedUpdateRow)
                .where(col(ReceivedUpdateRow.id).in_(ids))
                .values(holder=holder, lease_until=now + lease)
                .returning(
                    col(ReceivedUpdateRow.id),
                    col(ReceivedUpdateRow.update_id),
                    col(ReceivedUpdateRow.status),
                    col(ReceivedUpdateRow.payload),
                )
            ).all()
        rows = [row[1:] for row in sorted(leased)]  # RETURNING keeps no order: oldest first
        return [ReceivedUpdate(row[0], row[1] == CLAIMED, row[2] or {}) for row in rows]

    @storage_errors
    def renew_updates(
        self, platform: str, holder: str, lease: timedelta, update_ids: Sequence[str]
    ) -> int:
        """Extend ``holder``'s leases on these unfinished updates; return how many."""
        if not update_ids:
            return 0
        with self.engine.begin() as connection:
            result = connection.execute(
                update(ReceivedUpdateRow)
                .where(
                    col(ReceivedUpdateRow.platform) == platform,
                    col(ReceivedUpdateRow.update_id).in_(update_ids),
                    col(ReceivedUpdateRow.holder) == holder,
                    col(ReceivedUpdateRow.status).in_((RECEIVED, CLAIMED)),
                )
                .values(lease_until=utcnow() + lease)
            )
            return int(result.rowcount)

    @storage_errors
    def release_updates(self, holder: str) -> int:
        """Give up ``holder``'s leases on unfinished updates, for any replica to take."""
        with self.engine.begin() as connection:
            result = connection.execute(
                update(ReceivedUpdateRow)
                .where(
                    col(ReceivedUpdateRow.holder) == holder,
                    col(ReceivedUpdateRow.status).in_((RECEIVED, CLAIMED)),
                )
                .values(holder=None, lease_until=None)
            )
            return int(result.rowcount)

    @storage_errors
    def hold_lease(self, name: str, holder: str, duration: timedelta) -> bool:
        """Take or renew the lease ``name`` for ``holder``; False while another holds it."""
        now = utcnow()
        with self.engine.begin() as connection:
            held = connection.execute(
                self._hold_lease,
                {"name": name, "holder": holder, "until": now + duration, "now": now},
            )
            return held.first() is not None

    @storage_errors
    def release_lease(self, name: str, holder: str) -> None:
        """Give up the lease ``name`` if ``holder`` has it (another replica may take it now)."""
        with self.engine.begin() as connection:
            connection.execute(
                delete(LeaseRow).where(col(LeaseRow.name) == name, col(LeaseRow.holder) == holder)
            )

    @storage_errors
    def question_translation(self, question_id: str, language: str) -> dict[str, str] | None:
        """The stored words of a question in a language, if any."""
        with Session(self.engine) as db:
            row = db.get(QuestionTranslationRow, (question_id, language))
            return {str(k): str(v) for k, v in row.words.items()} if row is not None else None

    @storage_errors
    def save_question_translation(
        self, question_id: str, language: str, words: dict[str, str]
    ) -> None:
        """Keep a question's words in a language (the first one stored wins)."""
        insert = postgres_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        statement = insert(QuestionTranslationRow.__table__).values(  # type: ignore[attr-defined]
            question_id=question_id, language=language, words=words, created_at=utcnow()
        )
        with self.engine.begin() as connection:
            connection.execute(
                statement.on_conflict_do_nothing(index_elements=["question_id", "language"])
            )

    @storage_errors
    def unfinished_updates(self, platform: str) -> list[ReceivedUpdate]:
        """Received updates whose processing never finished, in the order they came."""
        with Session(self.engine) as db:
            rows = db.exec(
                select(ReceivedUpdateRow)
                .where(
                    ReceivedUpdateRow.platform == platform,
                    col(ReceivedUpdateRow.status).in_((RECEIVED, CLAIMED)),
                )
                .order_by(col(ReceivedUpdateRow.id))
            ).all()
            return [
                ReceivedUpdate(row.update_id, row.status == CLAIMED, row.payload or {})
                for row in rows
            ]

    @storage_errors
    def save_material(
        self,
        user_id: int,
        kind: MaterialKind,
        text: str,
        profile: CvProfile | JobProfile,
        filename: str = "",
    ) -> None:
        """Store the user's CV or job text and its profile, replacing the one of that kind."""
        adapter: TypeAdapter[Any] = _cv_profile if kind is MaterialKind.CV else _job_profile
        values = {
            "user_id": user_id,
            "kind": kind.value,
            "text": text,
            "profile": adapter.dump_python(profile, mode="json"),
            "filename": filename[:255],
            "updated_at": utcnow(),
        }
        with self.engine.begin() as connection:
            connection.execute(self._upsert_material, values)

    @storage_errors
    def material(self, user_id: int) -> Material:
        """The user's stored CV and job (an empty Material when they gave neither)."""
        with Session(self.engine) as db:
            rows = db.exec(select(MaterialRow).where(MaterialRow.user_id == user_id)).all()
        found = {row.kind: row for row in rows}
        cv, job = found.get(MaterialKind.CV.value), found.get(MaterialKind.JOB.value)
        return Material(
            cv_text=cv.text if cv else "",
            job_text=job.text if job else "",
            cv=_cv_profile.validate_python(cv.profile) if cv else None,
            job=_job_profile.validate_python(job.profile) if job else None,
        )

    @storage_errors
    def clear_material(self, user_id: int, kind: MaterialKind) -> int:
        """Delete the user's CV or job; return how many rows went (0 or 1)."""
        with self.engine.begin() as connection:
            result = connection.execute(
                delete(MaterialRow).where(
                    col(MaterialRow.user_id) == user_id, col(MaterialRow.kind) == kind.value
                )
            )
            return int(result.rowcount)

    @storage_errors
    def wait_for_material(self, user_id: int, kind: MaterialKind, until: datetime) -> None:
        """Remember that the user's next text or file is their ``kind``, until ``until``."""
        with self.engine.begin() as connection:
            connection.execute(
                self._upsert_wait, {"user_id": user_id, "kind": kind.value, "until": until}
            )

    @storage_errors
    def material_wait(self, user_id: int) -> MaterialWait | None:
        """What the bot waits for from the user, if anything (expired waits included)."""
        with Session(self.engine) as db:
            row = db.exec(select(MaterialWaitRow).where(MaterialWaitRow.user_id == user_id)).first()
            return MaterialWait(MaterialKind(row.kind), row.until) if row else None

    @storage_errors
    def stop_material_wait(self, user_id: int) -> bool:
        """Stop waiting for the user's material; False if nothing was awaited."""
        with self.engine.begin() as connection:
            result = connection.execute(
                delete(MaterialWaitRow).where(col(MaterialWaitRow.user_id) == user_id)
            )
            return bool(result.rowcount)

    @storage_errors
    def delete_user(self, user_id: int) -> int:
        """Remove every row of the user, in every table; return how many rows went."""
        with Session(self.engine) as db:
            interview_ids = select(InterviewRow.id).where(InterviewRow.user_id == user_id)
            removed = 0
            for statement in (
                delete(TurnRow).where(col(TurnRow.session_id).in_(interview_ids)),
                delete(ReportRow).where(col(ReportRow.session_id).in_(interview_ids)),
                delete(InterviewRow).where(col(InterviewRow.user_id) == user_id),
                delete(ReceivedUpdateRow).where(col(ReceivedUpdateRow.user_id) == user_id),
                delete(ReminderRow).where(col(ReminderRow.user_id) == user_id),
                delete(MaterialRow).where(col(MaterialRow.user_id) == user_id),
                delete(MaterialWaitRow).where(col(MaterialWaitRow.user_id) == user_id),
                delete(UserRow).where(col(UserRow.id) == user_id),
            ):
                removed += db.execute(statement).rowcount  # type: ignore[attr-defined]
            db.commit()
            return removed

    @storage_errors
    def count_turn(self, user_key: str, minute: int, per_minute: int, overlap: float) -> bool:
        """Count one answer of ``user_key`` in ``minute`` (minutes since the epoch) if the user
        is under ``per_minute``: this minute's answers plus ``overlap`` (0 to 1) of the previous
        minute's. False, counting nothing, when they are over."""
        with self.engine.begin() as connection:
            previous = connection.execute(
                self._previous_hits, {"user_key": user_key, "previous": minute - 1}
            ).scalar()
            room = per_minute - (previous or 0) * overlap
            if room < 1:
                return False
            counted = connection.execute(
                self._count_turn, {"user_key": user_key, "minute": minute, "room": room}
            )
            return counted.first() is not None

    @storage_errors
    def forget_turn_counts(self, before_minute: int) -> int:
        """Drop the answer counts of minutes before ``before_minute``; return how many."""
        with self.engine.begin() as connection:
            result = connection.execute(
                delete(TurnCountRow).where(col(TurnCountRow.minute) < before_minute)
            )
            return int(result.rowcount)

    def _latest(self, user_id: int, *, only_active: bool) -> Interview | None:
        with Session(self.engine) as db:
            query = select(InterviewRow).where(InterviewRow.user_id == user_id)
            if only_active:
                query = query.where(InterviewRow.status == Status.ACTIVE.value)
            interview_row = db.exec(query.order_by(col(InterviewRow.id).desc())).first()
            return _interview(db, interview_row) if interview_row else None

    @staticmethod
    def _user_row(db: Session, key: UserKey) -> UserRow | None:
        return db.exec(
            select(UserRow).where(
                UserRow.platform == key.platform, UserRow.platform_user_id == key.platform_user_id
            )
        ).first()


def arrivals_channel(platform: str) -> str:
    """The PostgreSQL NOTIFY channel announcing a stored update of ``platform``."""
    return f"inbox_{platform}"


def _claim_heads(updates: Any) -> Any:
    """The ids of claimable updates: each sender's oldest unfinished one, lease-free or expired."""
    head, earlier = updates.alias("head"), updates.alias("earlier")
    open_statuses = (RECEIVED, CLAIMED)
    waits_behind = (
        select(earlier.c.id)
        .where(
            earlier.c.platform == head.c.platform,
            earlier.c.sender == head.c.sender,
            earlier.c.status.in_(open_statuses),
            earlier.c.id < head.c.id,
        )
        .exists()
    )
    return (
        select(head.c.id)
        .where(
            head.c.platform == bindparam("platform"),
            head.c.status.in_(open_statuses),
            head.c.lease_until.is_(None) | (head.c.lease_until < bindparam("now")),
            ~waits_behind,
        )
        .order_by(head.c.id)
        .limit(bindparam("limit"))
        .with_for_update(of=head, skip_locked=True)
    )


def _profile(row: UserRow) -> UserProfile:
    assert row.id is not None
    return UserProfile(
        id=row.id,
        key=UserKey(row.platform, row.platform_user_id),
        language=row.language,
        voice_replies=row.voice_replies,
        timezone=row.timezone,
        display_name=row.display_name,
    )


def _interview(db: Session, interview_row: InterviewRow) -> Interview:
    turn_rows = db.exec(
        select(TurnRow)
        .where(TurnRow.session_id == interview_row.id)
        .order_by(col(TurnRow.position))
    ).all()
    kind = interview_row.interview_type
    config = InterviewConfig(
        role_id=interview_row.role_id,
        interview_type=InterviewType(kind) if kind else None,
        difficulty=interview_row.difficulty,
        question_count=interview_row.question_count,
        follow_up_limit=interview_row.follow_up_limit,
        language=interview_row.language,
        seed=interview_row.seed,
        source=interview_row.question_source,
        requirements=tuple(interview_row.requirements or ()),
    )
    return Interview(
        config=config,
        status=Status(interview_row.status),
        turns=tuple(_turn(turn_row, config) for turn_row in turn_rows),
        id=interview_row.id,
        fallback_notified=interview_row.fallback_notified,
    )


def _turn(row: TurnRow, config: InterviewConfig) -> Turn:
    return Turn(
        kind=TurnKind(row.kind),
        question_number=row.question_number,
        question_id=row.question_id,
        difficulty=row.difficulty,
        text=row.text,
        assessment=_assessment.validate_python(row.assessment) if row.assessment else None,
        audio=_audio.validate_python(row.audio) if row.audio else None,
        superseded=row.superseded,
        question=_stored_question(row, config),
    )


def _stored_question(row: TurnRow, config: InterviewConfig) -> Question | None:
    """A QUESTION turn's question; rows from before migration 0004 have it rebuilt."""
    if row.question is not None:
        return _question.validate_python(row.question)
    if row.kind != TurnKind.QUESTION.value:
        return None
    return legacy_question(
        config.role_id, row.question_id, row.text, row.difficulty, config.interview_type
    )


def _turn_row(interview_id: int, position: int, turn: Turn) -> TurnRow:
    return TurnRow(**_turn_values(interview_id, position, turn))


def _turn_values(interview_id: int, position: int, turn: Turn) -> dict[str, Any]:
    def dump(adapter: TypeAdapter[Any], value: object | None) -> dict[str, Any] | None:
        return adapter.dump_python(value, mode="json") if value is not None else None

    return dict(
        session_id=interview_id,
        position=position,
        kind=turn.kind.value,
        question_number=turn.question_number,
        question_id=turn.question_id,
        difficulty=turn.difficulty,
        text=turn.text,
        superseded=turn.superseded,
        assessment=dump(_assessment, turn.assessment),
        audio=dump(_audio, turn.audio),
        question=dump(_question, turn.question),
        created_at=utcnow(),
    )
