# Sourced by the bench scripts that run the JavaScript peers in ../shared/peers. That folder may be read-only,
# so its npm packages are installed from its own lock file into bench/.peers (once) and found through NODE_PATH;
# the peer scripts still run from ../shared/peers, as its README describes. npm writes
# node_modules/.package-lock.json last, so an interrupted install is done again on the next run.
peers_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../shared/peers" && pwd)"
peers_modules="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/.peers"
if [ ! -f "$peers_dir/node_modules/.package-lock.json" ] && [ ! -f "$peers_modules/node_modules/.package-lock.json" ]; then
  mkdir -p "$peers_modules"
  # Plain copies: the originals are read-only, and a rerun must be able to overwrite them.
  install -m 644 "$peers_dir/package.json" "$peers_dir/package-lock.json" "$peers_modules/"
  (cd "$peers_modules" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
export NODE_PATH="$peers_modules/node_modules"
