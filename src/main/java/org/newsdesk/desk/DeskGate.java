package org.newsdesk.desk;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.newsdesk.ops.HttpRequests;
import org.newsdesk.store.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may use the desk: the sign-in and sign-out pages, and the check every other desk request passes
 * first (routes/desk.camel.yaml): a live session, and on every POST the form's CSRF token.
 */
public class DeskGate {

    private static final Logger LOG = LoggerFactory.getLogger(DeskGate.class);

    private final Accounts accounts;
    private final Passwords passwords;
    private final Sessions sessions;
    private final SignInThrottle throttle;
    private final DeskPages pages;
    private final boolean secureCookies;

    public DeskGate(
            Accounts accounts,
            Passwords passwords,
            Sessions sessions,
            SignInThrottle throttle,
            DeskPages pages,
            boolean secureCookies) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.throttle = throttle;
        this.pages = pages;
        this.secureCookies = secureCookies;
    }

    /**
     * Lets a request through with its session (exchange property {@link DeskHttp#SESSION}); a page
     * asked for without one is sent to the sign-in page, a form without its token is refused.
     */
    public void require(Exchange exchange) {
        Optional<DeskSession> session = current(exchange).filter(DeskSession::signedIn);
        boolean post = "POST".equals(exchange.getMessage().getHeader(Exchange.HTTP_METHOD, String.class));
        if (session.isPresent() && accounts.find(session.get().account()).isEmpty()) {
            // the account was removed (./newsdesk users remove) while this session was open
            sessions.end(session.get().id());
            session = Optional.empty();
        }
        if (session.isEmpty()) {
            if (post) {
                throw new DeskRefused(401, "Your session has ended; sign in again and repeat what you did.");
            }
            throw DeskRefused.redirect("/desk/login");
        }
        if (post && !Sessions.csrfMatches(session.get(), DeskHttp.form(exchange).get("csrf"))) {
            LOG.warn("Desk: a form from {} without its token was refused", HttpRequests.remoteAddress(exchange));
            throw new DeskRefused(
                    403, "This form is out of date or did not come from the desk; reload the page and try again.");
        }
        exchange.setProperty(DeskHttp.SESSION, session.get());
    }

    public void loginPage(Exchange exchange) {
        Optional<DeskSession> current = current(exchange);
        if (current.filter(DeskSession::signedIn).isPresent()) {
            DeskHttp.redirect(exchange, "/desk/");
            return;
        }
        showLogin(exchange, current, 200, null, null);
    }

    public void signIn(Exchange exchange) {
        DeskHttp.Form form = DeskHttp.form(exchange);
        Optional<DeskSession> before = current(exchange);
        if (before.isEmpty() || !Sessions.csrfMatches(before.get(), form.get("csrf"))) {
            showLogin(
                    exchange, before, 403, "The sign-in form was out of date; please sign in again.", form.get("name"));
            return;
        }
        String name = form.get("name");
        String address = HttpRequests.remoteAddress(exchange);
        Duration wait = throttle.wait(name, address);
        if (!wait.isZero()) {
            LOG.warn("Desk: sign-in for {} from {} refused: too many failed attempts", name, address);
            exchange.getMessage().setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
            showLogin(
                    exchange,
                    before,
                    429,
                    "Too many failed sign-ins. Try again in " + minutes(wait) + ", or ask an administrator.",
                    name);
            return;
        }
        Optional<Accounts.Account> account = name == null ? Optional.empty() : accounts.find(name);
        if (!passwords.matches(
                form.raw("password"),
                account.map(Accounts.Account::passwordHash).orElse(null))) {
            throttle.failed(name, address);
            LOG.info("Desk: failed sign-in for {} from {}", name, address);
            showLogin(exchange, before, 401, "The name or the password is not right.", name);
            return;
        }
        throttle.succeeded(name);
        sessions.end(before.get().id());
        Accounts.Account a = account.get();
        DeskSession session = sessions.signIn(a.name(), a.role(), a.email());
        LOG.info("Desk: {} signed in", a.name());
        DeskHttp.setCookie(
                exchange, session.id(), secureCookies, sessions.idle().toSeconds());
        DeskHttp.redirect(exchange, "/desk/");
    }

    public void signOut(Exchange exchange) {
        DeskSession session = DeskHttp.session(exchange);
        sessions.end(session.id());
        LOG.info("Desk: {} signed out", session.account());
        DeskHttp.setCookie(exchange, "", secureCookies, 0);
        DeskHttp.redirect(exchange, "/desk/login?out");
    }

    private void showLogin(Exchange exchange, Optional<DeskSession> current, int status, String error, String name) {
        // the browser's sign-in page session serves again: a page shown is then no write to the store
        DeskSession anonymous = current.filter(s -> !s.signedIn()).orElseGet(sessions::anonymous);
        DeskHttp.setCookie(exchange, anonymous.id(), secureCookies, Sessions.SIGN_IN_PAGE_IDLE.toSeconds());
        boolean out = HttpRequests.query(exchange, "out") != null;
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("error", error);
        values.put("name", name);
        values.put("signedOut", out && error == null);
        DeskHttp.html(exchange, status, pages.render("login", "Sign in", anonymous, values));
    }

    private Optional<DeskSession> current(Exchange exchange) {
        return sessions.find(HttpRequests.cookie(exchange, Sessions.COOKIE));
    }

    private static String minutes(Duration wait) {
        long m = Math.max(1, (wait.toSeconds() + 59) / 60);
        return m == 1 ? "a minute" : m + " minutes";
    }
}
