#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Another program started from this one (LibreOffice for PDF, the browser for `serve --open`),
/// its output and errors sent to `/dev/null`: what it prints could hold a file name with a
/// person's name in it, and nothing of it is for the user.
///
/// `posix_spawn` rather than Foundation's `Process`, which would bring all of Foundation and its own
/// copy of ICU into the binary.
package struct ChildProcess {
    private let pid: pid_t

    /// Why a program could not be started, as the system says it ("No such file or directory").
    package struct StartFailure: Error, CustomStringConvertible {
        package let description: String
    }

    /// Starts `program` (a path) with `arguments`, in this process's environment.
    package init(_ program: String, _ arguments: [String]) throws(StartFailure) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var started = pid_t()
        let status = posix_spawn(&started, program, &actions, nil, argv, environ)
        guard status == 0 else {
            throw StartFailure(description: String(cString: strerror(status)))
        }
        pid = started
    }

    /// Waits for the program to end; its exit status, or 128 plus the signal that ended it.
    package func waitForExit() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return -1 }
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}
