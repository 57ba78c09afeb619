/*
 * A packet delayer for far links, since this kernel has no netem: it opens a tun device, and
 * every IP packet the kernel routes into it is written back after a delay, so it re-enters the
 * stack as if it had arrived from far away. SYN, SYN-ACK, data and ACKs all wait, each direction.
 *   delay-tun TUN DEFAULT_MS [ADDRESS=MS ...]
 * A packet waits MS of the listed address it is from or to (the larger), else DEFAULT_MS.
 * Prints READY once the device exists; exits on SIGTERM or when stdin closes.
 * Built by the lab at run time:  cc -O2 -o delay-tun delay-tun.c
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#define MAX_RULES 64
#define MAX_QUEUE 4096
#define MTU 2048

struct rule { int family; unsigned char addr[16]; long ms; };
struct packet { long long due_ns; int len; unsigned char data[MTU]; };

static struct rule rules[MAX_RULES];
static int nrules;
static long default_ms;
static struct packet *queue[MAX_QUEUE];
static int nqueue;

static long long now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static long rule_ms(int family, const unsigned char *addr) {
  for (int i = 0; i < nrules; i++) {
    if (rules[i].family != family) continue;
    if (memcmp(rules[i].addr, addr, family == 4 ? 4 : 16) == 0) return rules[i].ms;
  }
  return -1;
}

static long delay_for(const unsigned char *p, int len) {
  long a = -1, b = -1;
  if (len >= 20 && (p[0] >> 4) == 4) {
    a = rule_ms(4, p + 12);
    b = rule_ms(4, p + 16);
  } else if (len >= 40 && (p[0] >> 4) == 6) {
    a = rule_ms(6, p + 8);
    b = rule_ms(6, p + 24);
  }
  long best = a > b ? a : b;
  return best >= 0 ? best : default_ms;
}

static int open_tun(const char *name) {
  int fd = open("/dev/net/tun", O_RDWR);
  if (fd < 0) return -1;
  struct ifreq ifr;
  memset(&ifr, 0, sizeof ifr);
  ifr.ifr_flags = IFF_TUN | IFF_NO_PI;
  strncpy(ifr.ifr_name, name, IFNAMSIZ - 1);
  if (ioctl(fd, TUNSETIFF, &ifr) < 0) return -1;
  return fd;
}

static void parse_rule(const char *arg) {
  const char *eq = strrchr(arg, '=');
  if (!eq || nrules >= MAX_RULES) return;
  char host[64];
  size_t n = (size_t)(eq - arg);
  if (n >= sizeof host) return;
  memcpy(host, arg, n);
  host[n] = 0;
  struct rule *r = &rules[nrules];
  if (inet_pton(AF_INET, host, r->addr) == 1) r->family = 4;
  else if (inet_pton(AF_INET6, host, r->addr) == 1) r->family = 6;
  else return;
  r->ms = atol(eq + 1);
  nrules++;
}

/* Writes back every packet whose time has come; returns ms until the next one (or -1). */
static int flush_due(int fd) {
  long long now = now_ns(), next = -1;
  int kept = 0;
  for (int i = 0; i < nqueue; i++) {
    struct packet *p = queue[i];
    if (p->due_ns <= now) {
      if (write(fd, p->data, p->len) < 0) { /* the stack refused it: a lost packet */ }
      free(p);
    } else {
      queue[kept++] = p;
      if (next < 0 || p->due_ns < next) next = p->due_ns;
    }
  }
  nqueue = kept;
  if (next < 0) return -1;
  return (int)((next - now) / 1000000LL) + 1;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: delay-tun TUN DEFAULT_MS [ADDRESS=MS ...]\n");
    return 2;
  }
  default_ms = atol(argv[2]);
  for (int i = 3; i < argc; i++) parse_rule(argv[i]);
  int fd = open_tun(argv[1]);
  if (fd < 0) { perror("delay-tun: tun"); return 1; }
  printf("READY\n");
  fflush(stdout);
  struct pollfd fds[2] = {{fd, POLLIN, 0}, {0, POLLIN, 0}};
  for (;;) {
    int timeout = flush_due(fd);
    if (poll(fds, 2, timeout) < 0) continue;
    if (fds[1].revents & (POLLIN | POLLHUP)) {
      char b[64];
      if (read(0, b, sizeof b) <= 0) return 0;
    }
    if (fds[0].revents & POLLIN) {
      struct packet *p = malloc(sizeof *p);
      if (!p) continue;
      p->len = (int)read(fd, p->data, MTU);
      if (p->len <= 0 || nqueue >= MAX_QUEUE) { free(p); continue; }
      p->due_ns = now_ns() + (long long)delay_for(p->data, p->len) * 1000000LL;
      queue[nqueue++] = p;
    }
  }
}
