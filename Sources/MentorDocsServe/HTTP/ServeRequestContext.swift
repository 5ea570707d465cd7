#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif
public import Hummingbird
public import NIOCore

/// The context of each request: Hummingbird's basic one, and the address of the computer it came from,
/// by which the login page slows down guessing (`LoginThrottle`).
public struct ServeRequestContext: RequestContext, RemoteAddressRequestContext {
    /// Hummingbird's own part of the context.
    public var coreContext: CoreRequestContextStorage
    /// The client's address as the connection gives it.
    public let remoteAddress: SocketAddress?

    /// Hummingbird's default, as for its basic context: the routes read their forms themselves.
    public var requestDecoder: JSONDecoder { JSONDecoder() }
    /// Hummingbird's default, as for its basic context: the pages are HTML, not encoded values.
    public var responseEncoder: JSONEncoder { JSONEncoder() }

    /// The context of a request arriving on `source`'s channel.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}
