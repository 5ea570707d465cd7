public import Hummingbird
public import NIOCore

/// The context of each request: Hummingbird's basic one, and the address of the computer it came from,
/// by which the login page slows down guessing (`LoginThrottle`).
public struct ServeRequestContext: RequestContext, RemoteAddressRequestContext {
    /// Hummingbird's own part of the context.
    public var coreContext: CoreRequestContextStorage
    /// The client's address as the connection gives it.
    public let remoteAddress: SocketAddress?

    /// The context of a request arriving on `source`'s channel.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}
