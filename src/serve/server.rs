//! The preview's HTTP/1.1 transport: one poll thread that holds every connection until its
//! request head has arrived whole, and a fixed pool of workers that answer complete requests.
//!
//! tiny_http reads a head without limit and gives every open connection a thread of its own
//! (its pool has no maximum), so an oversized request or a few hundred idle connections could
//! starve the preview (issue 15). Here an idle or slow connection costs a buffer in the poll
//! thread, never a worker; a head is read to at most `HEAD_LIMIT` bytes, answered 414 or 431
//! past the limits without reading further, and 408 past its deadline. Every answer closes its
//! connection (`Connection: close`): a preview on the same machine does not need keep-alive.

use std::collections::HashMap;
use std::io::{self, ErrorKind, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use mio::net::{TcpListener as PollListener, TcpStream as PollStream};
use mio::{Events, Interest, Poll, Token};

/// The longest request line: a longer one is answered 414 (URI Too Long).
pub(super) const LINE_LIMIT: usize = 8 * 1024;
/// The longest request head (line and headers): a longer one is answered 431.
pub(super) const HEAD_LIMIT: usize = 64 * 1024;
/// More headers than a browser ever sends.
const HEADER_COUNT_LIMIT: usize = 100;
/// How long a connection may take to send its whole head (slow or idle clients).
pub(super) const HEAD_DEADLINE: Duration = Duration::from_secs(10);
/// Connections waiting for their head at once; more are answered 503 at once.
const CONNECTION_LIMIT: usize = 1024;
/// Complete requests waiting for a worker; more are answered 503.
const QUEUE_LIMIT: usize = 256;
/// How long writing one answer may take before the connection is dropped.
const WRITE_TIMEOUT: Duration = Duration::from_secs(10);
/// After an error answer, how long and how much the client's remaining bytes are read and
/// discarded, so that closing does not reset the connection before the answer is read.
const DRAIN_FOR: Duration = Duration::from_secs(1);
const DRAIN_LIMIT: usize = 1024 * 1024;

/// How soon to try accepting again after accepting failed.
const ACCEPT_RETRY: Duration = Duration::from_millis(100);

const LISTENER: Token = Token(usize::MAX);

/// A complete request head and its connection, for a worker to answer.
pub(super) struct Request {
    method: String,
    target: String,
    stream: TcpStream,
}

impl Request {
    pub(super) fn method(&self) -> &str {
        &self.method
    }

    /// The request target as sent: a path with its query (`/en/?x`).
    pub(super) fn target(&self) -> &str {
        &self.target
    }

    /// Answers and closes the connection. A HEAD request gets the headers without the body.
    pub(super) fn respond(mut self, status: u16, headers: &[(&str, &str)], body: &[u8]) {
        let mut head = format!(
            "HTTP/1.1 {status} {}\r\nContent-Length: {}\r\nConnection: close\r\n",
            reason(status),
            body.len()
        );
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        let body = if self.method == "HEAD" { &[][..] } else { body };
        // A client gone or too slow loses its answer; nothing else waits on it.
        let _ = self
            .stream
            .write_all(head.as_bytes())
            .and_then(|()| self.stream.write_all(body))
            .and_then(|()| self.stream.flush());
        let _ = self.stream.shutdown(Shutdown::Write);
    }

    /// Writes `head` and hands over the connection, for a response that stays open.
    pub(super) fn into_stream(mut self, head: &str) -> io::Result<TcpStream> {
        self.stream.write_all(head.as_bytes())?;
        self.stream.flush()?;
        Ok(self.stream)
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        414 => "URI Too Long",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "",
    }
}

/// Serves `listener` on a poll thread and `workers` worker threads, each request answered by
/// `answer`. Returns once they are started.
pub(super) fn start(
    listener: std::net::TcpListener,
    workers: usize,
    answer: Arc<dyn Fn(Request) + Send + Sync>,
) -> io::Result<()> {
    listener.set_nonblocking(true)?;
    let mut listener = PollListener::from_std(listener);
    let poll = Poll::new()?;
    poll.registry()
        .register(&mut listener, LISTENER, Interest::READABLE)?;
    let (queue, requests) = sync_channel::<Request>(QUEUE_LIMIT);
    let requests = Arc::new(Mutex::new(requests));
    for _ in 0..workers {
        let (requests, answer) = (Arc::clone(&requests), Arc::clone(&answer));
        std::thread::Builder::new()
            .name("redline-http".to_string())
            .spawn(move || work(&requests, &*answer))?;
    }
    std::thread::Builder::new()
        .name("redline-poll".to_string())
        .spawn(move || Connections::new(poll, listener, queue).run())?;
    Ok(())
}

fn work(requests: &Mutex<Receiver<Request>>, answer: &(dyn Fn(Request) + Send + Sync)) {
    loop {
        let next = requests
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .recv();
        let Ok(request) = next else { return };
        // A panic answering one request must not take a worker from every later one.
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| answer(request)));
    }
}

/// A connection the poll thread holds.
struct Connection {
    stream: PollStream,
    state: State,
    deadline: Instant,
}

enum State {
    /// Reading the request head, which `head` holds so far.
    Head(Vec<u8>),
    /// An error answer was sent: reading and discarding the rest, `discarded` bytes so far.
    Draining { discarded: usize },
}

struct Connections {
    poll: Poll,
    listener: PollListener,
    queue: SyncSender<Request>,
    open: HashMap<Token, Connection>,
    next_token: usize,
    /// Accepting failed (out of file descriptors, say) with connections still waiting: the
    /// listener reports no new readiness for them, so the loop tries again on its own.
    accept_again: bool,
}

impl Connections {
    fn new(poll: Poll, listener: PollListener, queue: SyncSender<Request>) -> Connections {
        Connections {
            poll,
            listener,
            queue,
            open: HashMap::new(),
            next_token: 0,
            accept_again: false,
        }
    }

    fn run(mut self) {
        let mut events = Events::with_capacity(256);
        loop {
            let wait = self
                .open
                .values()
                .map(|c| c.deadline.saturating_duration_since(Instant::now()))
                .min()
                .unwrap_or(HEAD_DEADLINE)
                .min(if self.accept_again {
                    ACCEPT_RETRY
                } else {
                    HEAD_DEADLINE
                });
            match self.poll.poll(&mut events, Some(wait)) {
                Ok(()) => {}
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                // The poll itself failed: nothing more can be served.
                Err(_) => return,
            }
            for event in &events {
                match event.token() {
                    LISTENER => self.accept(),
                    token => self.read(token),
                }
            }
            self.expire();
            if self.accept_again {
                self.accept();
            }
        }
    }

    fn accept(&mut self) {
        self.accept_again = false;
        loop {
            match self.listener.accept() {
                Ok((mut stream, _)) => {
                    if self.open.len() >= CONNECTION_LIMIT {
                        let _ = stream.write_all(&error_answer(503));
                        continue;
                    }
                    let token = Token(self.next_token);
                    self.next_token = (self.next_token + 1) % (usize::MAX - 1);
                    if self
                        .poll
                        .registry()
                        .register(&mut stream, token, Interest::READABLE)
                        .is_ok()
                    {
                        let deadline = Instant::now() + HEAD_DEADLINE;
                        let state = State::Head(Vec::new());
                        self.open.insert(
                            token,
                            Connection {
                                stream,
                                state,
                                deadline,
                            },
                        );
                    }
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock => return,
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                // Out of file descriptors, say: the pending connection stays queued in the
                // kernel, and is accepted once a connection has closed.
                Err(_) => {
                    self.accept_again = true;
                    return;
                }
            }
        }
    }

    /// Reads what a connection sent, until the socket has nothing more for now.
    fn read(&mut self, token: Token) {
        let Some(mut connection) = self.open.remove(&token) else {
            return;
        };
        let mut buffer = [0u8; 16 * 1024];
        loop {
            match connection.stream.read(&mut buffer) {
                // The client closed its side: nothing to answer (or to drain).
                Ok(0) => return self.close(connection),
                Ok(n) => match &mut connection.state {
                    State::Draining { discarded } => {
                        *discarded += n;
                        if *discarded > DRAIN_LIMIT {
                            return self.close(connection);
                        }
                    }
                    State::Head(head) => {
                        let checked = head.len().saturating_sub(3);
                        head.extend_from_slice(&buffer[..n]);
                        match head_status(head, checked) {
                            HeadStatus::Incomplete => {}
                            HeadStatus::Complete => return self.dispatch(token, connection),
                            HeadStatus::Refused(status) => {
                                self.refuse(&mut connection, status);
                                if matches!(connection.state, State::Head(_)) {
                                    return self.close(connection);
                                }
                            }
                        }
                    }
                },
                Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(_) => return self.close(connection),
            }
        }
        self.open.insert(token, connection);
    }

    /// Answers with an error status and starts draining what the client still sends.
    fn refuse(&mut self, connection: &mut Connection, status: u16) {
        if connection.stream.write_all(&error_answer(status)).is_ok()
            && connection.stream.shutdown(Shutdown::Write).is_ok()
        {
            connection.state = State::Draining { discarded: 0 };
            connection.deadline = Instant::now() + DRAIN_FOR;
        }
    }

    /// Hands a complete request to the workers.
    fn dispatch(&mut self, token: Token, mut connection: Connection) {
        let State::Head(head) = &connection.state else {
            return;
        };
        let Some((method, target)) = parse_head(head) else {
            self.refuse(&mut connection, 400);
            if matches!(connection.state, State::Draining { .. }) {
                self.open.insert(token, connection);
            } else {
                self.close(connection);
            }
            return;
        };
        let _ = self.poll.registry().deregister(&mut connection.stream);
        let stream = TcpStream::from(connection.stream);
        let prepared = stream
            .set_nonblocking(false)
            .and_then(|()| stream.set_write_timeout(Some(WRITE_TIMEOUT)));
        if prepared.is_err() {
            return;
        }
        let request = Request {
            method,
            target,
            stream,
        };
        if let Err(TrySendError::Full(request) | TrySendError::Disconnected(request)) =
            self.queue.try_send(request)
        {
            // Every worker is busy and the queue is full: the client may try again.
            let mut stream = request.stream;
            let _ = stream.set_write_timeout(Some(Duration::from_millis(100)));
            let _ = stream.write_all(&error_answer(503));
        }
    }

    /// Drops connections past their deadline: a head that never came whole is answered 408.
    fn expire(&mut self) {
        let now = Instant::now();
        let expired: Vec<Token> = self
            .open
            .iter()
            .filter(|(_, c)| c.deadline <= now)
            .map(|(token, _)| *token)
            .collect();
        for token in expired {
            let Some(mut connection) = self.open.remove(&token) else {
                continue;
            };
            if let State::Head(head) = &connection.state
                && !head.is_empty()
            {
                let _ = connection.stream.write_all(&error_answer(408));
            }
            self.close(connection);
        }
    }

    fn close(&mut self, mut connection: Connection) {
        let _ = self.poll.registry().deregister(&mut connection.stream);
    }
}

enum HeadStatus {
    Incomplete,
    Complete,
    /// Past a limit: the status to answer.
    Refused(u16),
}

/// Whether `head` holds a whole request head; `checked` bytes of it were looked at before.
fn head_status(head: &[u8], checked: usize) -> HeadStatus {
    let line_end = memchr::memmem::find(head, b"\r\n");
    if line_end.is_none_or(|end| end > LINE_LIMIT) && head.len() > LINE_LIMIT {
        return HeadStatus::Refused(414);
    }
    if memchr::memmem::find(&head[checked..], b"\r\n\r\n").is_some() {
        return HeadStatus::Complete;
    }
    if head.len() > HEAD_LIMIT {
        return HeadStatus::Refused(431);
    }
    HeadStatus::Incomplete
}

/// The method and target of a complete head; `None` when it is not HTTP/1.x.
fn parse_head(head: &[u8]) -> Option<(String, String)> {
    let mut headers = [httparse::EMPTY_HEADER; HEADER_COUNT_LIMIT];
    let mut request = httparse::Request::new(&mut headers);
    match request.parse(head) {
        Ok(httparse::Status::Complete(_)) => {}
        _ => return None,
    }
    let target = request.path?;
    // An absolute target (`http://host/path`) names a path like any other.
    let target = match target.find("://") {
        Some(at) => target[at + 3..]
            .find('/')
            .map_or("/", |slash| &target[at + 3 + slash..]),
        None => target,
    };
    Some((request.method?.to_string(), target.to_string()))
}

/// An error answer, written whole by the poll thread.
fn error_answer(status: u16) -> Vec<u8> {
    let body = format!("{status} {}\n", reason(status));
    format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        reason(status),
        body.len()
    )
    .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_are_refused_past_their_limits_and_complete_at_the_blank_line() {
        assert!(matches!(
            head_status(b"GET / HTTP/1.1\r\nHost: x\r\n", 0),
            HeadStatus::Incomplete
        ));
        assert!(matches!(
            head_status(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n", 0),
            HeadStatus::Complete
        ));
        let long_line = [b"GET /".as_slice(), &vec![b'a'; LINE_LIMIT]].concat();
        assert!(matches!(
            head_status(&long_line, 0),
            HeadStatus::Refused(414)
        ));
        let many_headers = [
            b"GET / HTTP/1.1\r\n".as_slice(),
            &b"X: y\r\n".repeat(HEAD_LIMIT / 6 + 1),
        ]
        .concat();
        assert!(matches!(
            head_status(&many_headers, 0),
            HeadStatus::Refused(431)
        ));
    }

    #[test]
    fn absolute_targets_are_read_as_paths() {
        let parsed = parse_head(b"GET http://localhost:1111/en/?a HTTP/1.1\r\n\r\n");
        assert_eq!(parsed, Some(("GET".into(), "/en/?a".into())));
        assert_eq!(parse_head(b"NOT HTTP\r\n\r\n"), None);
    }
}
