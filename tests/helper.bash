# tests/helper.bash - loaded by every Bats file: where the binaries and the
# fixtures are, and bats-support/bats-assert.
bats_require_minimum_version 1.5.0

ROOT=$(cd "$BATS_TEST_DIRNAME" && while [ ! -f Makefile ] && [ "$PWD" != / ]; do cd ..; done && pwd)
: "${CW_BIN:=$ROOT/bin}"
DATA=$ROOT/tests/data
PATH=$CW_BIN:$PATH
export CW_BIN ROOT DATA PATH

bats_load_library bats-support
bats_load_library bats-assert

# Acceptance tests read ../shared; they fail (never skip) when it is missing.
need_shared() {
	: "${CW_SHARED:=$ROOT/../shared}"
	if [ ! -d "$CW_SHARED/eval" ]; then
		echo "acceptance: $CW_SHARED/eval is missing" >&2
		return 1
	fi
	export CW_SHARED
}
