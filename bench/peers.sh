# Sourced by the bench scripts that run the JavaScript peers in ../shared/peers. That folder may be read-only,
# so its npm packages are installed from its own lock file into bench/.peers (once) and found through NODE_PATH;
# the peer scripts still run from ../shared/peers, as its README describes.
peers_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../shared/peers" && pwd)"
peers_modules="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/.peers"
if [ ! -d "$peers_dir/node_modules" ] && [ ! -d "$peers_modules/node_modules" ]; then
  mkdir -p "$peers_modules"
  cp "$peers_dir/package.json" "$peers_dir/package-lock.json" "$peers_modules/"
  (cd "$peers_modules" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
export NODE_PATH="$peers_modules/node_modules"
