#ifndef RAPPORT_CNCURSESW_SHIM_H
#define RAPPORT_CNCURSESW_SHIM_H

/* Wide-character curses (get_wch, add_wch, cchar_t) is only declared with this defined first. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncurses.h>

/* Swift 6 cannot use these C globals and macros directly, so they are reached through functions. */
static inline WINDOW *rapport_stdscr(void) { return stdscr; }
static inline int rapport_lines(void) { return LINES; }
static inline int rapport_cols(void) { return COLS; }
static inline int rapport_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int rapport_a_bold(void) { return (int)A_BOLD; }
static inline int rapport_a_reverse(void) { return (int)A_REVERSE; }
static inline int rapport_a_underline(void) { return (int)A_UNDERLINE; }
static inline int rapport_a_dim(void) { return (int)A_DIM; }
static inline int rapport_key_resize(void) { return KEY_RESIZE; }
static inline int rapport_set_locale(void) { return setlocale(LC_ALL, "") != NULL; }

#endif
