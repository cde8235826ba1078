import RapportCore
import SeededRandom

/// Names, addresses and notes that read like a small consultancy's records, drawn from a seeded generator.
///
/// Notes are a sentence or three with numbers in them, about as long as what technicians type, so that the files
/// have the size and shape of real ones.
enum SampleText {
    // MARK: - Companies and places

    private static let companyWords = [
        "Acme", "Alder", "Beacon", "Birch", "Cedar", "Copper", "Delta", "Driftwood", "Elm", "Evergreen", "Foxglove",
        "Fulton", "Granite", "Greystone", "Harbor", "Hillcrest", "Iris", "Ironwood", "Juniper", "Kestrel", "Lakeside",
        "Linden", "Maple", "Meadow", "Northgate", "Oak", "Orchard", "Parkside", "Pine", "Quarry", "Redwood",
        "Riverside", "Silverline", "Summit", "Thornbury", "Tidewater", "Union", "Upland", "Valley", "Vista",
        "Westfield", "Wexford", "Willow", "Yarrow", "Zenith", "Zürich", "Łódź", "Ångström",
    ]
    private static let trades = [
        "Dental", "Family Medicine", "Veterinary", "Law", "Accounting", "Realty", "Insurance", "Freight", "Builders",
        "Design", "Pharmacy", "Physiotherapy", "Architects", "Bakery", "Optometry", "Chiropractic", "Engineering",
        "Printing", "Travel", "Logistics", "Auto Repair", "Landscaping", "Plumbing", "Electrical", "Surveyors",
        "Dental Lab", "Consulting", "Marketing", "Florists", "Hotel",
    ]
    private static let suffixes = [
        "", "", "", " Group", " & Partners", " LLC", " Inc.", " Associates", " Clinic", " Co.",
    ]
    private static let streets = [
        "Main St", "Court Ave", "Cedar Rd", "Harbor Way", "Elm St", "Fulton Blvd", "Quarry Ln", "Pier St",
        "Loft Row", "Juniper Dr", "Market Sq", "Bahnhofstrasse", "Station Rd", "Mill Lane", "Church St", "High St",
    ]
    private static let towns = [
        "Springfield", "Riverton", "Fairview", "Greenville", "Madison", "Clinton", "Franklin", "Georgetown",
        "Salem", "Ashland", "Zürich", "Malmö", "Kraków",
    ]
    private static let firstNames = [
        "Dana", "Priya", "Tom", "Luis", "Ana", "Grace", "Sam", "Kim", "Mara", "Ravi", "Olivia", "Jonas", "Hugo",
        "Rosa", "Ben", "Chen", "Fatima", "Erik", "Aoife", "Kwame", "Lena", "Mateo", "Noor", "Sven", "Yuki", "Zoë",
    ]
    private static let lastNames = [
        "Ruiz", "Shah", "Berg", "Ortega", "Lima", "Fulton", "Cole", "Nguyen", "Costa", "Patel", "Hart", "Meier",
        "Brandt", "Klein", "Osei", "Wang", "Haddad", "Lindqvist", "Byrne", "Mensah", "Novak", "García", "Schulz",
    ]
    private static let roles = [
        "Office manager", "Owner", "Managing partner", "Practice manager", "Operations", "IT contact", "Bookkeeper",
        "Receptionist", "Director",
    ]
    private static let clientNotes = [
        "Park behind the building; the front door is locked before 9.",
        "Server cupboard key is with the office manager. Alarm code on the keyring tag.",
        "Closed the last two weeks of August.",
        "Owner prefers calls after 4 pm; email for anything non-urgent.",
        "Guest Wi-Fi password changes monthly; ask reception.",
    ]

    /// A company name such as `Cedar Dental & Partners`.
    static func company(_ random: inout SplitMix64) -> String {
        "\(random.pick(companyWords)) \(random.pick(trades))\(random.pick(suffixes))"
    }

    /// A street address such as `12 Main St, Springfield`.
    static func address(_ random: inout SplitMix64) -> String {
        "\(random.int(1...999)) \(random.pick(streets)), \(random.pick(towns))"
    }

    /// Someone at a client, with a phone number and an email address at the client's domain.
    ///
    /// - Parameters:
    ///   - domain: the client's email domain, such as `cedar-dental.example`.
    ///   - random: the generator.
    /// - Returns: the person, not yet primary.
    static func person(domain: String, _ random: inout SplitMix64) -> Person {
        let first = random.pick(firstNames)
        let last = random.pick(lastNames)
        let mailbox = ClientID.slug(from: first)
        return Person(
            name: "\(first) \(last)", role: random.pick(roles), phone: "+1 555 \(random.int(1000...9999))",
            email: "\(mailbox)@\(domain)")
    }

    /// A note about the client itself, for about one client in three.
    static func clientNote(_ random: inout SplitMix64) -> String? {
        random.chance(0.3) ? random.pick(clientNotes) : nil
    }

    // MARK: - Notes on visits and contacts

    /// What a technician writes after an on-site visit: one to three sentences.
    static func visitNote(_ random: inout SplitMix64) -> String {
        sentences(1...3, random: &random) { random in
            switch random.int(0...9) {
            case 0: "Patched \(random.int(3...40)) workstations and rebooted the file server after hours."
            case 1: "Backups verified; a restore test of the accounts share took \(random.int(4...30)) minutes."
            case 2: "Replaced the failing switch in the back office and labelled the cabling."
            case 3: "Reviewed the firewall logs, nothing unusual. Renewed the certificate for the portal."
            case 4: "Set up \(random.int(1...6)) new laptops and moved their mail profiles across."
            case 5: "The printer on the second floor jams on duplex; ordered a new fuser."
            case 6: "NAS at \(random.int(60...95))% capacity; suggest a larger disk before spring."
            case 7: "Trained \(random.int(2...15)) staff on spotting phishing emails."
            case 8: "Updated the UPS firmware and ran a battery test."
            default: "Cleaned up \(random.int(2...12)) old user accounts and reset shared mailbox permissions."
            }
        }
    }

    /// What someone writes after a call or an email: one or two sentences.
    static func contactNote(_ random: inout SplitMix64) -> String {
        sentences(1...2, random: &random) { random in
            switch random.int(0...9) {
            case 0: "Printer jamming again; talked them through clearing it."
            case 1: "Asked for a quote for \(random.int(2...12)) new laptops."
            case 2: "Password reset for the front desk."
            case 3: "Email on the manager's phone stopped syncing; fixed remotely."
            case 4: "Question about the Microsoft 365 renewal and the licence count (\(random.int(5...60)) seats)."
            case 5: "Wants a quote for a second server before the end of the quarter."
            case 6: "Sent the monthly patch report."
            case 7: "Reminded them the backup drive needs swapping on Fridays."
            case 8: "Wi-Fi drops in the meeting room; will check on the next visit."
            default: "Discussed moving the phone system to VoIP."
            }
        }
    }

    /// Why a visit was called off.
    static func cancelNote(_ random: inout SplitMix64) -> String {
        random.pick([
            "Client closed for a staff day", "Office moving; rebooked", "Owner asked to skip this one",
            "Snow; nobody on site",
        ])
    }

    /// What a client said in a satisfaction survey, for about half of the answers.
    static func surveyComment(score: Int, _ random: inout SplitMix64) -> String? {
        guard random.chance(0.5) else { return nil }
        return score >= 8
            ? random.pick(["Quick replies, friendly techs", "Always on time", "Explains things clearly"])
            : random.pick(["Slow to answer the phone", "Visits get moved too often", "Invoices are confusing"])
    }

    /// A few sentences joined with spaces.
    private static func sentences(
        _ count: ClosedRange<Int>, random: inout SplitMix64, _ sentence: (inout SplitMix64) -> String
    ) -> String {
        (0..<random.int(count)).map { _ in sentence(&random) }.joined(separator: " ")
    }
}
