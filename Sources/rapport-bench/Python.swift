/// The Python interpreter the peers run on, and the scripts they run.
///
/// The interpreter is resolved to its real path once, so that a version manager's shim script in `PATH` (pyenv's
/// is a shell script) is not timed along with Python.
struct Python {
    let executable: String

    /// Finds `python3` in `PATH`.
    ///
    /// - Returns: the interpreter.
    /// - Throws: `BenchError` when there is none, or it does not run.
    static func locate() throws(BenchError) -> Python {
        guard ChildProcess.locate("python3") != nil else { throw BenchError("install python3") }
        return Python(executable: try ChildProcess.output("python3", ["-c", "import sys; print(sys.executable)"]))
    }

    /// Whether TinyDB can be imported.
    var hasTinyDB: Bool {
        (try? ChildProcess.run(executable, ["-c", "import tinydb"])) != nil
    }

    /// The arguments that `json.load` every client file of a store, the way a Python tool would read it.
    ///
    /// - Parameter clients: the store's `clients` directory.
    /// - Returns: the arguments after the interpreter.
    func loadEveryFile(in clients: String) -> [String] {
        [
            "-c",
            """
            import json, os, sys
            directory = sys.argv[1]
            for name in os.listdir(directory):
                if name.endswith(".json"):
                    with open(os.path.join(directory, name), encoding="utf-8") as file:
                        json.load(file)
            """,
            clients,
        ]
    }

    /// Builds a TinyDB database holding every visit and contact of a store, one document each.
    ///
    /// - Parameters:
    ///   - clients: the store's `clients` directory.
    ///   - database: the TinyDB file to create; it must not exist.
    /// - Throws: `BenchError` when the script fails.
    func buildTinyDB(from clients: String, to database: String) throws(BenchError) {
        try ChildProcess.run(
            executable,
            [
                "-c",
                """
                import json, os, sys
                from tinydb import TinyDB
                source, target = sys.argv[1], sys.argv[2]
                records = []
                for name in sorted(os.listdir(source)):
                    if name.endswith(".json"):
                        with open(os.path.join(source, name), encoding="utf-8") as file:
                            client = json.load(file)
                        for kind in ("visits", "touchpoints"):
                            records += [dict(record, client=client["id"], kind=kind) for record in client[kind]]
                db = TinyDB(target)
                db.insert_multiple(records)
                db.close()
                """,
                clients, database,
            ])
    }

    /// The arguments that open a TinyDB database and insert one contact, as `rapport log` appends one.
    ///
    /// - Parameter database: the TinyDB file.
    /// - Returns: the arguments after the interpreter.
    func insertOne(into database: String) -> [String] {
        [
            "-c",
            """
            import sys
            from tinydb import TinyDB
            db = TinyDB(sys.argv[1])
            db.insert({"client": "bench", "kind": "touchpoints", "on": "2026-11-29", "via": "call", "by": "js",
                       "note": "Benchmark call"})
            db.close()
            """,
            database,
        ]
    }
}
