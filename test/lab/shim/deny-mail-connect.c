/*
 * LD_PRELOAD shim: what a security product does to programs it does not trust with mail.
 * connect() to TCP port 25 or 587 (IPv4 or IPv6) fails with EACCES; everything else passes.
 * Node reaches connect(2) through libuv's call to libc's connect(), which this replaces.
 * Built by the lab at run time:  cc -shared -fPIC -O2 -o deny-mail-connect.so deny-mail-connect.c -ldl
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <netinet/in.h>
#include <sys/socket.h>

typedef int (*connect_fn)(int, const struct sockaddr *, socklen_t);

static int denied_port(unsigned short port) { return port == 25 || port == 587; }

int connect(int fd, const struct sockaddr *addr, socklen_t len) {
  static connect_fn real_connect;
  if (!real_connect) real_connect = (connect_fn)dlsym(RTLD_NEXT, "connect");
  if (addr && addr->sa_family == AF_INET && len >= (socklen_t)sizeof(struct sockaddr_in)) {
    if (denied_port(ntohs(((const struct sockaddr_in *)addr)->sin_port))) {
      errno = EACCES;
      return -1;
    }
  }
  if (addr && addr->sa_family == AF_INET6 && len >= (socklen_t)sizeof(struct sockaddr_in6)) {
    if (denied_port(ntohs(((const struct sockaddr_in6 *)addr)->sin6_port))) {
      errno = EACCES;
      return -1;
    }
  }
  return real_connect(fd, addr, len);
}
