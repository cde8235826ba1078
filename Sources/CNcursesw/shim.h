#ifndef RAPPORT_CNCURSESW_SHIM_H
#define RAPPORT_CNCURSESW_SHIM_H

/* Wide-character curses (get_wch, add_wch, cchar_t) is only declared with this defined first. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncurses.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* Swift 6 cannot use these C globals and macros directly, so they are reached through functions. */
static inline WINDOW *rapport_stdscr(void) { return stdscr; }
static inline WINDOW *rapport_curscr(void) { return curscr; }
static inline int rapport_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t rapport_a_normal(void) { return A_NORMAL; }
static inline attr_t rapport_a_bold(void) { return A_BOLD; }
static inline attr_t rapport_a_reverse(void) { return A_REVERSE; }
static inline attr_t rapport_a_underline(void) { return A_UNDERLINE; }
static inline attr_t rapport_a_dim(void) { return A_DIM; }
static inline int rapport_set_locale(void) { return setlocale(LC_ALL, "") != NULL; }
static inline int rapport_stdio_is_terminal(void) { return isatty(STDIN_FILENO) && isatty(STDOUT_FILENO); }

/* newterm rather than initscr, because initscr exits the process when the terminal type is unknown. */
static inline SCREEN *rapport_newterm(const char *type) { return newterm(type, stdout, stdin); }

/* The file a recording terminal writes to, for rapport-bench to count the bytes a frame costs. */
static inline FILE **rapport_recording(void) {
    static FILE *file = NULL;
    return &file;
}

/* Starts curses on a file at a given size, writing what a terminal of that type would be sent. */
static inline SCREEN *rapport_newterm_recording(const char *type, const char *path, int lines, int columns) {
    FILE *out = fopen(path, "w");
    FILE *in = fopen("/dev/null", "r");
    if (out == NULL || in == NULL) {
        return NULL;
    }
    SCREEN *screen = newterm(type, out, in);
    if (screen == NULL) {
        return NULL;
    }
    resize_term(lines, columns);
    *rapport_recording() = out;
    return screen;
}

/* The bytes a recording terminal has written so far. */
static inline long rapport_recorded_bytes(void) {
    FILE *out = *rapport_recording();
    if (out == NULL) {
        return 0;
    }
    fflush(out);
    return ftell(out);
}

/* Without cursor addressing (TERM=dumb, say) curses still starts, but draws every row run together. */
static inline int rapport_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

/*
 * Signal handling. Swift does not emit a header's file-scope static variables, so the state lives in function-local
 * statics. Each object file that calls these functions gets its own copy of that state, so only one Swift file (the
 * only one that imports this module) may call them.
 *
 * Stop signals only set a flag that the dashboard polls between keys, so it can quit the normal way; a second one
 * while the first is still unanswered ends the program at once, in case it is stuck. Crash signals restore the
 * terminal, call whatever handled the signal before (the Swift runtime's backtracer), and then die of the signal
 * by its default action, so the backtrace prints on a sane terminal and the exit status names the real cause.
 */
enum { RAPPORT_STOP_SIGNAL_COUNT = 3, RAPPORT_SIGNAL_COUNT = 9 };

static inline int rapport_signal(int index) {
    static const int signals[RAPPORT_SIGNAL_COUNT] = {
        SIGTERM, SIGHUP, SIGINT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE,
    };
    return signals[index];
}

static inline struct sigaction *rapport_previous_action(int index) {
    static struct sigaction actions[RAPPORT_SIGNAL_COUNT];
    return &actions[index];
}

static inline volatile sig_atomic_t *rapport_curses_active(void) {
    static volatile sig_atomic_t active;
    return &active;
}

/* The stop signal that arrived, or 0. */
static inline volatile sig_atomic_t *rapport_stop_signal(void) {
    static volatile sig_atomic_t number;
    return &number;
}

static inline int *rapport_handlers_installed(void) {
    static int installed;
    return &installed;
}

/* Whether the terminal was asked to mark pasted text. */
static inline volatile sig_atomic_t *rapport_bracketed_paste_on(void) {
    static volatile sig_atomic_t on;
    return &on;
}

/*
 * Asks the terminal to wrap pasted text in ESC [200~ and ESC [201~ (bracketed paste), or to stop. Written straight to
 * the terminal with write(2), so the handlers below can turn it off too.
 */
static inline void rapport_set_bracketed_paste(int on) {
    static const char enable[] = "\033[?2004h";
    static const char disable[] = "\033[?2004l";
    ssize_t written = on ? write(STDOUT_FILENO, enable, sizeof enable - 1)
                         : write(STDOUT_FILENO, disable, sizeof disable - 1);
    (void)written;
    *rapport_bracketed_paste_on() = on;
}

/* Leaves curses mode if it is on; safe to call again, and from the handlers below. */
static inline void rapport_end_curses(void) {
    if (*rapport_curses_active()) {
        *rapport_curses_active() = 0;
        if (*rapport_bracketed_paste_on()) {
            rapport_set_bracketed_paste(0);
        }
        endwin();
    }
}

static inline void rapport_set_curses_active(void) { *rapport_curses_active() = 1; }

static inline int rapport_stop_signal_number(void) { return *rapport_stop_signal(); }

static inline void rapport_put_back_previous_action(int sig) {
    for (int i = 0; i < RAPPORT_SIGNAL_COUNT; i++) {
        if (rapport_signal(i) == sig) {
            sigaction(sig, rapport_previous_action(i), NULL);
        }
    }
}

static inline void rapport_handle_stop(int sig) {
    if (*rapport_stop_signal() == 0) {
        *rapport_stop_signal() = sig;
        return;
    }
    rapport_put_back_previous_action(sig);
    rapport_end_curses();
    /* Blocked until this handler returns, then delivered to the previous action. */
    raise(sig);
}

static inline void rapport_handle_crash(int sig, siginfo_t *info, void *context) {
    rapport_end_curses();
    for (int i = RAPPORT_STOP_SIGNAL_COUNT; i < RAPPORT_SIGNAL_COUNT; i++) {
        if (rapport_signal(i) != sig) {
            continue;
        }
        struct sigaction *previous = rapport_previous_action(i);
        /* Called directly rather than re-raised, so the backtracer sees the real siginfo and context. */
        if (previous->sa_flags & SA_SIGINFO) {
            previous->sa_sigaction(sig, info, context);
        } else if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN) {
            previous->sa_handler(sig);
        }
    }
    /*
     * The backtracer returns after reporting, and for a signal sent with kill the program would then carry on, so
     * the default action finishes the job: the signal is blocked until this handler returns, then kills.
     */
    struct sigaction default_action = {0};
    default_action.sa_handler = SIG_DFL;
    sigemptyset(&default_action.sa_mask);
    sigaction(sig, &default_action, NULL);
    raise(sig);
}

static inline void rapport_at_exit(void) { rapport_end_curses(); }

/* Installs the handlers and the exit hook; does nothing if they are already installed. */
static inline void rapport_install_signal_handlers(void) {
    static int registered_at_exit;
    if (!registered_at_exit) {
        registered_at_exit = 1;
        atexit(rapport_at_exit);
    }
    if (*rapport_handlers_installed()) {
        return;
    }
    *rapport_handlers_installed() = 1;
    *rapport_stop_signal() = 0;
    for (int i = 0; i < RAPPORT_SIGNAL_COUNT; i++) {
        struct sigaction action = {0};
        sigemptyset(&action.sa_mask);
        if (i < RAPPORT_STOP_SIGNAL_COUNT) {
            /* No SA_RESTART: the wait for a key returns early, so the stop is noticed at once. */
            action.sa_handler = rapport_handle_stop;
        } else {
            /* SA_ONSTACK uses the runtime's alternate stack, so even a stack overflow restores the terminal. */
            action.sa_sigaction = rapport_handle_crash;
            action.sa_flags = SA_SIGINFO | SA_ONSTACK;
        }
        sigaction(rapport_signal(i), &action, rapport_previous_action(i));
        /* A stop signal that was ignored (as under nohup) stays ignored. */
        if (i < RAPPORT_STOP_SIGNAL_COUNT && rapport_previous_action(i)->sa_handler == SIG_IGN) {
            sigaction(rapport_signal(i), rapport_previous_action(i), NULL);
        }
    }
}

/* Puts back the actions from before rapport_install_signal_handlers, so that Ctrl-C works again outside curses. */
static inline void rapport_remove_signal_handlers(void) {
    if (!*rapport_handlers_installed()) {
        return;
    }
    *rapport_handlers_installed() = 0;
    for (int i = 0; i < RAPPORT_SIGNAL_COUNT; i++) {
        sigaction(rapport_signal(i), rapport_previous_action(i), NULL);
    }
}

#endif
