import Foundation
import RapportCore
import RapportReports

// MARK: - The report as text

extension RateCardReport: Report {
    func text(_ output: Output, settings: Settings) -> String {
        var out = output.bold("\(DisplayText.safe(business)): rate card") + "\n\n"
        var table = TextTable(["", "TYPICAL", "WITH AN AGREEMENT"], alignments: [.left, .right, .left])
        for rate in rates {
            table.add([rate.label, priceText(rate.typical), agreementText(rate)])
        }
        table.add(["Minimum billed", minimumText, minimumText])
        out += table.render(output)
        out += "\n" + output.bold("Every agreement includes") + "\n"
        for benefit in benefits {
            out += "  • \(DisplayText.safe(benefit))\n"
        }
        return out
    }

    /// The card as Markdown, to paste into a proposal or print.
    ///
    /// - Parameter settings: for the currency symbol.
    /// - Returns: the document, ending with a newline.
    func markdown(settings: Settings) -> String {
        var out = "# \(Self.escaped(business)): rate card\n\n"
        out += "| | Typical | With an agreement |\n|---|---:|---|\n"
        for rate in rates {
            out += "| \(rate.label) | \(priceText(rate.typical)) | \(agreementText(rate)) |\n"
        }
        out += "| Minimum billed | \(minimumText) | \(minimumText) |\n"
        out += "\n## Every agreement includes\n\n"
        for benefit in benefits {
            out += "- \(Self.escaped(benefit))\n"
        }
        return out
    }

    /// Stored text made safe for a Markdown line: control characters escaped and table pipes kept literal.
    private static func escaped(_ text: String) -> String {
        DisplayText.safe(text).replacingOccurrences(of: "|", with: "\\|")
    }
}
