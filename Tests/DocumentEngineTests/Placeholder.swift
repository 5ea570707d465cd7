import Testing
@testable import DocumentEngine
@Test func placeholder() {}
