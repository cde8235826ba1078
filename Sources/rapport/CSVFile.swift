import CSV
import Foundation
import RapportCore

/// CSV files as rapport writes and reads them, through the CSV.swift library.
///
/// Written files follow RFC 4180: UTF-8 without a byte-order mark, a header row, CRLF after every row including the
/// last, and a field in double quotes only when it holds a comma, a quote or a line break. Every cell goes through
/// `SpreadsheetCell.neutralized(_:)` so that a spreadsheet cannot run it as a formula. Reading accepts CRLF, LF or
/// CR line ends and a byte-order mark, and keeps every field exactly as written: no trimming, no guessing.
enum CSVFile {
    /// A table as the bytes of a CSV file.
    ///
    /// - Parameter table: the header and rows.
    /// - Returns: the file's bytes.
    /// - Throws: `CLIError` when the library cannot write to memory, which only happens when memory runs out.
    static func data(_ table: CSVTable) throws -> Data {
        let stream = OutputStream(toMemory: ())
        do {
            let writer = try CSVWriter(stream: stream, newline: .crlf)
            try writer.write(row: table.header)
            for row in table.rows {
                try writer.write(row: row.map(SpreadsheetCell.neutralized))
            }
        } catch {
            throw CLIError("cannot build the CSV text: \(error)")
        }
        stream.close()
        var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        // The library separates rows; RFC 4180 and most tools expect the last row to end with a line break too.
        data.append(contentsOf: [0x0D, 0x0A])
        return data
    }

    /// The rows of a CSV file, each with the line it starts on.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - path: the file as the user named it, for error messages.
    /// - Returns: every row, the header first; a blank line is a row with one empty field.
    /// - Throws: `CLIError` naming the line when the file is not UTF-8 text.
    static func records(from data: Data, path: String) throws -> [CSVRecord] {
        if let line = firstLineNotUTF8(data) {
            throw CLIError(
                "\(path):\(line): the file is not UTF-8 text; save it as \"CSV UTF-8\" and import it again")
        }
        var text = String(decoding: data, as: UTF8.self)
        // Excel and others put a byte-order mark in front of UTF-8; it is not part of the first column's name.
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text)
        } catch {
            throw CLIError("\(path): cannot be read as CSV: \(error)")
        }
        var records: [CSVRecord] = []
        var line = 1
        while let fields = reader.next() {
            records.append(CSVRecord(line: line, fields: fields))
            line += 1 + fields.reduce(0) { $0 + lineBreaks(in: $1) }
        }
        return records
    }

    /// How many line breaks a quoted field holds: CRLF, LF and CR each count once, as they do between rows.
    private static func lineBreaks(in field: String) -> Int {
        var count = 0
        var afterCR = false
        for scalar in field.unicodeScalars {
            if scalar == "\r" || (scalar == "\n" && !afterCR) { count += 1 }
            afterCR = scalar == "\r"
        }
        return count
    }

    /// The 1-based line of the first byte that is not part of valid UTF-8, or nil when all of it is.
    private static func firstLineNotUTF8(_ data: Data) -> Int? {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var line = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
            case .emptyInput: return nil
            case .error: return line
            }
        }
    }
}
