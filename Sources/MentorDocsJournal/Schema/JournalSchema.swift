/// The tables of the journal. Only ids from the spec, kinds, days, file names and digests are
/// stored, and the answers to the monitoring questionnaires by participant id: names and everything
/// else about a person stay in the spec.
enum JournalSchema {
    /// Every version, oldest first; a new version is a new migration added at the end, never an edit
    /// of one already released.
    static let migrations: [Migration] = [
        Migration(version: 1, sql: """
            CREATE TABLE issue (
                id INTEGER PRIMARY KEY,
                document_kind TEXT NOT NULL,
                pair_id TEXT,
                file TEXT NOT NULL,
                issued_on TEXT NOT NULL CHECK (issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
                sha256 TEXT NOT NULL CHECK (length(sha256) = 64)
            );
            CREATE TABLE issue_person (
                issue_id INTEGER NOT NULL REFERENCES issue(id),
                position INTEGER NOT NULL,
                person_id TEXT NOT NULL,
                PRIMARY KEY (issue_id, position)
            );
            CREATE INDEX issue_person_by_person ON issue_person(person_id);
            CREATE TABLE event (
                id INTEGER PRIMARY KEY,
                issue_id INTEGER NOT NULL REFERENCES issue(id),
                kind TEXT NOT NULL CHECK (kind IN ('returned', 'withdrawn')),
                happened_on TEXT NOT NULL CHECK (happened_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
                UNIQUE (issue_id, kind)
            );
            """),
        // The answers to the monitoring questionnaires: a mark or words per participant, stage and question.
        Migration(version: 2, sql: """
            CREATE TABLE answer (
                person_id TEXT NOT NULL,
                stage TEXT NOT NULL CHECK (stage IN ('entry', 'exit')),
                question_id TEXT NOT NULL,
                score INTEGER CHECK (score BETWEEN 1 AND 10),
                words TEXT,
                CHECK ((score IS NULL) <> (words IS NULL)),
                PRIMARY KEY (person_id, stage, question_id)
            );
            """),
    ]
}
