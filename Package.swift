// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Rapport",
    products: [
        .executable(name: "rapport", targets: ["rapport"]),
        .library(name: "RapportCore", targets: ["RapportCore"]),
        .library(name: "RapportStore", targets: ["RapportStore"]),
        .library(name: "RapportReports", targets: ["RapportReports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .target(name: "RapportCore", dependencies: ["SeededRandom"]),
        .target(name: "RapportStore", dependencies: ["RapportCore"]),
        // Every report computed once from the portfolio, the settings and the day; the CLI's text, its JSON and the
        // dashboard only draw these values.
        .target(name: "RapportReports", dependencies: ["RapportCore"]),
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "RapportTUI", dependencies: ["RapportReports", "RapportStore", "CNcursesw"]),
        // The demo store: fictional clients with a year of history, dated around any day.
        .target(name: "RapportDemo", dependencies: ["RapportStore"]),
        .executableTarget(
            name: "rapport",
            dependencies: [
                "RapportTUI",
                "RapportDemo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // A seeded random generator, for the benchmark's stores and the property tests' inputs.
        .target(name: "SeededRandom"),
        .executableTarget(
            name: "rapport-bench",
            dependencies: [
                "RapportTUI",
                "SeededRandom",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the property tests of several test targets; no product depends on it.
        .target(name: "RapportTestSupport", dependencies: ["RapportCore", "SeededRandom"], path: "Tests/RapportTestSupport"),
        .testTarget(
            name: "RapportCoreTests",
            dependencies: ["RapportCore", "RapportTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "RapportStoreTests",
            dependencies: ["RapportStore", "RapportTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "RapportReportsTests", dependencies: ["RapportReports", "RapportTestSupport"]),
        .testTarget(name: "RapportDemoTests", dependencies: ["RapportDemo", "RapportStore"]),
        .testTarget(
            name: "RapportTUITests",
            dependencies: ["RapportTUI", "RapportStore", "RapportTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "RapportCLITests",
            dependencies: ["RapportStore", "RapportTestSupport"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
