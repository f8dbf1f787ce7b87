#!/usr/bin/env python3
"""Checks the pass criteria of section 4.3 in the database after a run (stop nothing; reads are safe under WAL).

  python3 load/verify.py rush-x1     every acknowledged save holds its value, every acknowledged upload is stored
                                     with the SHA-256 the client sent, and each save left one audit row
  python3 load/verify.py storm       one submission per unit for every on-time submit, none for the late ones,
                                     every other unit of the year locked at the deadline once the lock job has run
Exits with 1 on any failure.
"""
import json
import os
import sqlite3
import sys
from collections import Counter

load_dir = os.environ.get("LOAD_DIR", "/tmp/parindex-load")
db = sqlite3.connect(f"file:{load_dir}/portal.db?mode=ro", uri=True)
what = sys.argv[1] if len(sys.argv) > 1 else "rush-x1"
failures = []

# EF Core stores Guids as upper-case text in SQLite.
def guid(value):
    return value.upper()


if what.startswith("rush"):
    acks = json.load(open(f"{load_dir}/acks-{what}.json"))
    last = {}
    per_response = Counter()
    for save in acks["saves"]:
        last[(guid(save["assessmentId"]), guid(save["nodeId"]))] = save["explanation"]
    for (assessment, node), explanation in last.items():
        row = db.execute("select Id, Explanation from CriterionResponses where AssessmentId = ? and NodeId = ?", (assessment, node)).fetchone()
        if row is None or row[1] != explanation:
            failures.append(f"save lost: {assessment}/{node} holds {row and row[1]!r}, acknowledged {explanation!r}")
    markers = [s["explanation"] for s in acks["saves"]]
    audited = {r[0] for r in db.execute(
        "select NewValues from AuditEntries where Action = 'selfAssessment.answerSaved' and OccurredAtUtc >= ?", (acks["started"].replace("T", " ").rstrip("Z"),))}
    audited_markers = sum(1 for m in markers if any(f'"{m}"' in v for v in audited if v))
    if audited_markers != len(markers):
        failures.append(f"{len(markers) - audited_markers} acknowledged saves have no audit row")
    for upload in acks["uploads"]:
        row = db.execute("select Sha256, SizeBytes from Evidence where Id = ?", (guid(upload["evidenceId"]),)).fetchone()
        if row is None or row[0].lower() != upload["sha256"] or row[1] != upload["bytes"]:
            failures.append(f"upload lost or altered: {upload['evidenceId']} stored as {row}")
        else:
            linked = db.execute("select count(*) from CriterionEvidence where EvidenceId = ?", (guid(upload["evidenceId"]),)).fetchone()[0]
            if linked != 1:
                failures.append(f"upload {upload['evidenceId']} linked to {linked} criteria")
    print(f"{what}: {len(acks['saves'])} acknowledged saves ({len(last)} criteria, last values checked), "
          f"{audited_markers} with their audit row; {len(acks['uploads'])} acknowledged uploads checked by SHA-256")

elif what == "storm":
    acks = json.load(open(f"{load_dir}/acks-storm.json"))
    accepted = Counter(o["assessmentId"] for o in acks["outcome"] if o["status"] == 200)
    statuses = Counter((o["kind"], o["status"]) for o in acks["outcome"])
    for assessment in acks["onTime"]:
        state, submitted_at = db.execute("select State, SubmittedAtUtc from Assessments where Id = ?", (guid(assessment),)).fetchone()
        transitions = db.execute(
            "select count(*) from AuditEntries where Action = 'selfAssessment.submitted' and Succeeded = 1 and EntityId = ?",
            (assessment.lower(),)).fetchone()[0]
        if accepted[assessment] != 1 or state != 'Submitted' or transitions != 1:
            failures.append(f"on time {assessment}: {accepted[assessment]} accepted, state {state}, {transitions} submitted audit rows")
    for assessment in acks["late"]:
        state, submitted_at = db.execute("select State, SubmittedAtUtc from Assessments where Id = ?", (guid(assessment),)).fetchone()
        if accepted[assessment] != 0 or state == 'Submitted':
            failures.append(f"late {assessment}: accepted {accepted[assessment]}, state {state}")
    period = db.execute("select PeriodId from Assessments where Id = ?", (guid(acks["onTime"][0]),)).fetchone()[0]
    states = Counter(r[0] for r in db.execute("select State from Assessments where PeriodId = ?", (period,)))
    print(f"storm: {len(acks['onTime'])} on time, {len(acks['late'])} late; responses {dict(statuses)}; "
          f"states now {dict(states)}")
    locked = db.execute("select min(OccurredAtUtc), max(OccurredAtUtc), count(*) from AuditEntries where Action = 'selfAssessment.lockedAtDeadline'").fetchone()
    print(f"lock job: {locked[2]} assessments locked between {locked[0]} and {locked[1]} (deadline {acks['deadline']})")
    open_ = states.get("InProgress", 0) + states.get("NotStarted", 0)
    if os.environ.get("EXPECT_LOCKED") and open_ > 0:
        failures.append(f"{open_} assessments not locked after the deadline")

for failure in failures[:20]:
    print("FAILED", failure)
print("PASSED" if not failures else f"{len(failures)} failures")
sys.exit(1 if failures else 0)
