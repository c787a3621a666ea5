#!/usr/bin/env bash
# Runs the README's commands on a fresh Debian machine that has only Node: a
# minimal Debian bookworm chroot (debootstrap --variant=minbase) with this
# machine's node and npm copied in, and nothing else. Each phase uses a clean
# clone of REPO at REF:
#   1. as a user without root or sudo: `npm test` stops at once with one message
#      naming what is missing and the command that installs it;
#   2. as root: `npm install && npm start` serves browser mode (no Electron
#      binary here), whose printed address answers an HTTP request;
#   3. as root: `npm test` installs the Debian packages itself and passes.
#
# Usage, as root on Debian with network access to the Debian mirror and the npm registry:
#   scripts/fresh-machine-check.sh [REPO] [REF]
# REPO is a git repository path or URL (default: the one holding this script),
# REF a commit, branch or tag (default: HEAD). Logs go to $LOGS (default
# /var/tmp/letterdesk-fresh/logs-<time>); the chroot is built under
# $WORK (default /var/tmp/letterdesk-fresh), the minimal system once and then
# copied for each run, so every run starts from the same fresh machine.
set -euo pipefail

REPO=${1:-$(git -C "$(dirname "$0")" rev-parse --show-toplevel)}
REF=${2:-HEAD}
WORK=${WORK:-/var/tmp/letterdesk-fresh}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
LOGS=${LOGS:-$WORK/logs-$(date -u +%Y%m%dT%H%M%SZ)}
BASE=${BASE:-$WORK/base}
ROOTFS=$WORK/rootfs
TESTER_UID=1500

[ "$(id -u)" = 0 ] || { echo "fresh-machine-check: run as root (it builds and enters a chroot)." >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "fresh-machine-check: apt-get install debootstrap first." >&2; exit 1; }
mkdir -p "$LOGS"
exec > >(tee -a "$LOGS/run.log") 2>&1
# One commit for every phase, even if the branch moves meanwhile.
if [ -d "$REPO" ]; then REF=$(git -C "$REPO" rev-parse --verify "$REF^{commit}"); fi

say() { echo "=== $(date -u +%H:%M:%S) $*"; }

# The fresh machine: Debian minbase with Debian's own package sources, plus Node.
if [ ! -e "$BASE/.debootstrapped" ]; then
  say "building the minimal Debian system in $BASE"
  rm -rf "$BASE"
  debootstrap --variant=minbase bookworm "$BASE" "$MIRROR" >"$LOGS/debootstrap.log" 2>&1
  touch "$BASE/.debootstrapped"
fi
if [ ! -x "$BASE/usr/bin/node" ]; then
  cat >"$BASE/etc/apt/sources.list" <<EOF
deb $MIRROR bookworm main
deb $MIRROR bookworm-updates main
deb http://security.debian.org/debian-security bookworm-security main
EOF
  NODE=$(command -v node)
  NPM_DIR=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
  install -m 755 "$NODE" "$BASE/usr/bin/node"
  mkdir -p "$BASE/usr/lib/node_modules"
  cp -a "$NPM_DIR" "$BASE/usr/lib/node_modules/npm"
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$BASE/usr/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$BASE/usr/bin/npx"
  chroot "$BASE" useradd --create-home --uid "$TESTER_UID" --shell /bin/bash tester
fi

say "copying the fresh system to $ROOTFS"
unmount() {
  for m in dev sys proc; do umount -R "$ROOTFS/$m" 2>/dev/null || true; done
}
unmount
# Never delete through a mount that is still there (the bind of /dev above all).
if grep -q " $ROOTFS/" /proc/mounts; then
  echo "fresh-machine-check: something is still mounted under $ROOTFS; unmount it first." >&2
  exit 1
fi
rm -rf "$ROOTFS"
mkdir -p "$WORK"
cp -a "$BASE" "$ROOTFS"
cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
mount -t proc proc "$ROOTFS/proc"
mount -t sysfs sys "$ROOTFS/sys"
mount --rbind /dev "$ROOTFS/dev"
mount --make-rslave "$ROOTFS/dev"
trap unmount EXIT
# Where the network reaches the npm registry through a TLS proxy with its own
# certificate authority (as in some sandboxes and companies), Node needs it
# inside too; it is the network's, not something the machine would install.
CA_ENV=()
if [ -n "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f "$NODE_EXTRA_CA_CERTS" ]; then
  cp "$NODE_EXTRA_CA_CERTS" "$ROOTFS/etc/network-extra-ca.crt"
  CA_ENV=(NODE_EXTRA_CA_CERTS=/etc/network-extra-ca.crt)
  echo "  passing the network's extra CA certificate to Node (NODE_EXTRA_CA_CERTS)"
fi

# Runs a command in the chroot as uid $1 with home $2, with a login's clean environment.
in_chroot() {
  local uid=$1 home=$2
  shift 2
  chroot --userspec="$uid:$uid" "$ROOTFS" /usr/bin/env -i HOME="$home" LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "${CA_ENV[@]}" "$@"
}

say "machine: $(in_chroot 0 /root sh -c '. /etc/os-release; echo $PRETTY_NAME'), node $(in_chroot 0 /root node -v), npm $(in_chroot 0 /root npm -v)"
for tool in chromium soffice pdftotext fc-list sudo git curl; do
  in_chroot 0 /root sh -c "command -v $tool" >/dev/null && echo "  $tool: present" || echo "  $tool: absent"
done

# A clean clone of REF at $1 inside the chroot, owned by $2.
clone() {
  git clone --quiet "$REPO" "$ROOTFS$1"
  git -C "$ROOTFS$1" checkout --quiet --detach "$REF" 2>/dev/null ||
    git -C "$ROOTFS$1" checkout --quiet --detach "origin/$REF"
  echo "  $1: $(git -C "$ROOTFS$1" log -1 --format='%h %s')"
  chroot "$ROOTFS" chown -R "$2" "$1"
}

# Runs a shell command in the chroot as uid $1 in folder $2.
run_in() {
  local uid=$1 dir=$2 home=/root
  shift 2
  [ "$uid" = 0 ] || home=/home/tester
  in_chroot "$uid" "$home" bash -c "cd $dir && $*"
}

status=0

say "phase 1: npm test as a user without root or sudo, in a clean clone"
clone /home/tester/letterdesk "$TESTER_UID:$TESTER_UID"
start=$SECONDS
set +e
run_in "$TESTER_UID" /home/tester/letterdesk npm test >"$LOGS/1-user-npm-test.log" 2>&1
code=$?
set -e
cat "$LOGS/1-user-npm-test.log"
echo "phase 1: exit code $code after $((SECONDS - start)) s"
if [ "$code" = 1 ] && grep -q 'apt-get install' "$LOGS/1-user-npm-test.log" &&
  grep -q chromium "$LOGS/1-user-npm-test.log" && [ ! -e "$ROOTFS/home/tester/letterdesk/node_modules" ]; then
  echo "phase 1: OK (stopped with the message, installed and ran nothing)"
else
  echo "phase 1: FAILED"
  status=1
fi

say "phase 2: npm install && npm start as root, in a clean clone"
clone /root/start 0:0
start=$SECONDS
# In a session of its own (its id written down), so that stopping it stops the server too.
in_chroot 0 /root setsid bash -c 'echo $$ >/tmp/start.sid; cd /root/start && npm install && npm start' \
  >"$LOGS/2-root-npm-start.log" 2>&1 &
starter=$!
url=""
for _ in $(seq 1 900); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/?token=[A-Za-z0-9_-]*' "$LOGS/2-root-npm-start.log" | head -1 || true)
  [ -n "$url" ] || ! kill -0 "$starter" 2>/dev/null && break
  sleep 1
done
if [ -n "$url" ]; then
  echo "phase 2: address printed after $((SECONDS - start)) s: $url"
  answer=$(run_in 0 /root "node -e 'fetch(process.argv[1]).then(async (r) => console.log(r.status, r.headers.get(\"content-type\"), (await r.text()).match(/<title>[^<]*<\/title>/)?.[0]))' '$url'")
  echo "phase 2: GET -> $answer"
  case "$answer" in 200*) echo "phase 2: OK" ;; *) echo "phase 2: FAILED (no 200)"; status=1 ;; esac
else
  echo "phase 2: FAILED (no address printed)"
  status=1
fi
kill -TERM -- "-$(cat "$ROOTFS/tmp/start.sid")" 2>/dev/null || true
wait "$starter" 2>/dev/null || true
cat "$LOGS/2-root-npm-start.log"

say "phase 3: npm test as root, in a clean clone (installs the Debian packages itself)"
clone /root/letterdesk 0:0
start=$SECONDS
set +e
run_in 0 /root/letterdesk npm test >"$LOGS/3-root-npm-test.log" 2>&1
code=$?
set -e
tail -40 "$LOGS/3-root-npm-test.log"
echo "phase 3: exit code $code after $((SECONDS - start)) s"
[ "$code" = 0 ] && echo "phase 3: OK" || { echo "phase 3: FAILED"; status=1; }

say "done: $([ "$status" = 0 ] && echo 'all phases passed' || echo 'SOME PHASE FAILED'); logs in $LOGS"
exit "$status"
