#!/usr/bin/env bash
# compare.sh: time kg mentions against GNU grep -F and ripgrep -F on the same
# generated dictionary and corpus.
#
#   bench/compare.sh [ALIASES] [CORPUS_MB]      kg vs grep, rg and pyahocorasick (default 100000 20)
#   bench/compare.sh sizes [CORPUS_MB]          the same for 1k, 10k, 100k and 1M aliases (SIZES=...)
#   bench/compare.sh shapes [ALIASES] [CORPUS_MB] the pathological cases: nested aliases 一 … 100
#                                               deep over 1 MiB of 一, and ALIASES (100000) aliases
#                                               sharing a 20-letter prefix over CORPUS_MB (1) MiB
#   bench/compare.sh jobs [ALIASES] [CORPUS_MB] kg -j 1 vs -j 2 on a JSON Lines corpus
#   bench/compare.sh memory [ALIASES]           kg's peak RSS on 100 MB and 1 GB corpora
#   bench/compare.sh extract [CORPUS_MB]        kg extract on prose, copies of the embedded
#                                               article: wall, CPU and peak RSS on one file of
#                                               CORPUS_MB (100) MiB, and -j 1 vs -j 2 on a
#                                               directory of JOBS_MB (20) MiB, a copy per file
#
# kg is timed from TSV and from YAML, each on a first run (an empty cache
# of compiled dictionaries, which the run fills) and on a repeated run (the
# cache filled), with --no-fuzzy, and from a compiled dictionary. The
# cache is a private one in a temporary directory (XDG_CACHE_HOME), never
# the user's.
#
# Environment:
#   REPEAT=3          runs per command; the table shows the median wall time
#                     and the largest peak RSS (memory mode: default 1)
#   COMPILED=auto     also time `kg dict compile` and kg on the compiled
#                     dictionary when this kg has that command; 1 requires it,
#                     0 skips it
#   NOFUZZY=1         also time kg --no-fuzzy (exact matching, as grep and rg
#                     do); 0 skips it
#   KG_FLAGS=...      extra flags for every kg mentions run
#   DATA=bench/.data  where generated data is kept between runs (git-ignored);
#                     files are reused when present, delete the directory to
#                     regenerate
#   SEED=1            generator seed
#   KG_BIN=path       time this kg binary instead of building the work tree's
#   YAML=1            also time kg on the dictionary as YAML; 0 skips it
#   SIZES="1000 10000 100000 1000000"  alias counts for sizes mode
#   MEMORY_SIZES="100 1024"  corpus sizes in MiB for memory mode
#   JOBS_MB=20        size of extract mode's directory of documents, in MiB
#   KG_BEFORE=path    also time this kg (a build from before a change), each
#                     command right after the other kg's: kg mentions on the
#                     corpus (compare and sizes modes) and kg extract (extract
#                     mode)
#
# Needs GNU grep and /usr/bin/time (Debian package time); ripgrep (Debian
# package ripgrep) and pyahocorasick (Debian package python3-ahocorasick,
# for /usr/bin/python3) are used when installed. Installs nothing.
set -euo pipefail

cd "$(dirname "$0")/.."
repo=$PWD

mode=compare
case "${1:-}" in
jobs | memory | sizes | shapes | extract)
	mode=$1
	shift
	;;
-h | --help | help)
	sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
	exit 0
	;;
esac
if [[ $mode == sizes ]]; then
	set -- 1 "${1:-20}"
elif [[ $mode == extract ]]; then
	set -- 1 "${1:-100}"
fi
aliases=${1:-100000}
default_mb=20
[[ $mode == shapes ]] && default_mb=1
corpus_mb=${2:-$default_mb}
for n in "$aliases" "$corpus_mb"; do
	[[ $n =~ ^[1-9][0-9]*$ ]] || {
		echo "compare.sh: $n: want a positive whole number" >&2
		exit 2
	}
done
default_repeat=3
[[ $mode == memory || $mode == extract ]] && default_repeat=1
repeat=${REPEAT:-$default_repeat}
compiled=${COMPILED:-auto}
nofuzzy=${NOFUZZY:-1}
yaml=${YAML:-1}
seed=${SEED:-1}
data_root=${DATA:-$repo/bench/.data}
read -r -a kg_flags <<<"${KG_FLAGS:-}"

die() {
	echo "compare.sh: $*" >&2
	exit 1
}

# --- tools ----------------------------------------------------------------

[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing (it measures peak RSS): apt-get install time"
grep --version 2>/dev/null | head -1 | grep -q GNU || die "GNU grep is missing: apt-get install grep"
have_rg=0
if command -v rg >/dev/null; then
	have_rg=1
elif [[ $mode != jobs && $mode != memory && $mode != extract ]]; then
	echo "compare.sh: ripgrep (rg) is missing, skipping it; to include it: apt-get install ripgrep" >&2
fi
have_pyac=0
if /usr/bin/python3 -c 'import ahocorasick' 2>/dev/null; then
	have_pyac=1
elif [[ $mode != jobs && $mode != memory && $mode != extract ]]; then
	echo "compare.sh: pyahocorasick is missing, skipping it; to include it: apt-get install python3-ahocorasick" >&2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kg-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# kg's cache of compiled dictionaries goes here, never to the user's.
export XDG_CACHE_HOME=$tmp/cache

if [[ -n ${KG_BIN:-} ]]; then
	kg=$KG_BIN # another build, such as one from before a change
else
	echo "building kg ..." >&2
	go build -o "$tmp/kg" ./cmd/kg
	kg=$tmp/kg
fi

has_compile=0
"$kg" help 2>&1 | grep -q 'dict compile' && has_compile=1
case $compiled in
0 | no | false) has_compile=0 ;;
1 | yes | true) ((has_compile)) || die "COMPILED=$compiled, but this kg has no 'kg dict compile'" ;;
auto) ;;
*) die "COMPILED=$compiled: want auto, 1 or 0" ;;
esac

# --- data -----------------------------------------------------------------

# use_aliases N: the data of a dictionary of N aliases. A corpus plants the
# aliases of its own dictionary, so each dictionary gets its own directory.
use_aliases() {
	aliases=$1
	data=$data_root/seed$seed-a$aliases
	mkdir -p "$data"
	dict=$data/dict-$aliases.tsv
	list=$data/aliases-$aliases.txt
	dict_yaml=$data/dict-$aliases.yaml
}
use_aliases "$aliases"

# gen MB FORMAT: make sure the dictionary and a corpus of MB MiB exist (MB 0:
# only the dictionary).
gen() {
	local mb=$1 format=$2 ext=$2
	[[ -s $dict && -s $list && -s $dict_yaml ]] && ((mb == 0)) && return 0
	[[ -s $dict && -s $list && -s $dict_yaml && -s $data/corpus-${mb}mb.$ext ]] && return 0
	echo "generating $aliases aliases and a ${mb} MiB $format corpus in $data ..." >&2
	go run ./internal/gen -out "$data" -aliases "$aliases" -corpus-mb "$mb" -format "$format" -seed "$seed" -yaml
}

mib() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }

header() {
	echo "date:    $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
	echo "host:    $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(awk '/MemTotal/ { printf "%.1f GiB RAM", $2 / 1048576 }' /proc/meminfo)"
	echo "kg:      ${KG_BIN:-$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)'), $(go version | cut -d' ' -f3)}"
	echo "tools:   $(grep --version | head -1)$( ((have_rg)) && echo ", $(rg --version | head -1)")$( ((have_pyac)) && echo ", pyahocorasick $(/usr/bin/python3 -c 'import ahocorasick, importlib.metadata as m; print(m.version("pyahocorasick"))' 2>/dev/null) (Python $(/usr/bin/python3 -c 'import sys; print(sys.version.split()[0])'))")"
	echo "dict:    $dict: $(wc -l <"$dict") entities, $(wc -l <"$list") aliases, $(mib "$(stat -c %s "$dict")") MiB"
}

# --- timing ---------------------------------------------------------------

# count reads mentions (or matches) on stdin and prints
# "lines exact fuzzy coref"; for grep and rg only lines is meaningful.
count() {
	awk '/"how":"exact"/ { e++ } /"how":"fuzzy"/ { f++ } /"how":"coref"/ { c++ }
		END { printf "%d %d %d %d\n", NR, e, f, c }'
}

# measure CMD...: runs CMD $repeat times under /usr/bin/time with its output
# counted through a pipe (never to /dev/null: GNU grep notices that and stops
# at the first match, which makes it look several times faster), and sets
# wall (median seconds), cpu (median user+sys seconds), rss (largest, MiB),
# counts ("lines exact fuzzy coref" of the last run) and ok (0 when CMD
# failed; its stderr is then shown). Exit status 1 with no output is grep's
# and rg's "no match", not a failure. With fresh=1, kg's cache is emptied
# before each run, so that each is a first run.
measure() {
	local walls=() cpus=() i st ps last
	rss=0 ok=1 counts="0 0 0 0"
	echo "  \$ ${*/#$tmp\//}${fresh:+  (empty cache)}" >&2
	for ((i = 0; i < repeat; i++)); do
		[[ ${fresh:-0} == 1 ]] && rm -rf "$XDG_CACHE_HOME"
		set +e
		/usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$@" 2>"$tmp/stderr" | count >"$tmp/count"
		ps=("${PIPESTATUS[@]}")
		set -e
		st=${ps[0]}
		counts=$(cat "$tmp/count")
		if ((st != 0)) && ! ((st == 1 && ${counts%% *} == 0)); then
			ok=0
			echo "compare.sh: FAILED (exit $st): ${*}" >&2
			sed 's/^/  | /' "$tmp/stderr" | tail -20 >&2
			return 0
		fi
		read -r -a last <<<"$(tail -1 "$tmp/time")"
		walls+=("${last[0]}")
		cpus+=("$(awk -v u="${last[1]}" -v s="${last[2]}" 'BEGIN { printf "%.2f", u + s }')")
		rss=$(awk -v a="$rss" -v k="${last[3]}" 'BEGIN { m = k / 1024; print ((m > a) ? m : a) }')
	done
	wall=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(((repeat + 1) / 2))p")
	cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(((repeat + 1) / 2))p")
}

rows=()
grep_wall=
grep_cpu=

# row TOOL MATCHES: appends the last measurement to the table.
row() {
	local tool=$1 matches=$2
	if ((!ok)); then
		rows+=("$tool|FAILED|-|-|-")
		return
	fi
	rows+=("$tool|$wall|$cpu|$(printf '%.0f' "$rss")|$matches")
}

print_table() {
	local r tool w c m n ratio cratio
	printf '\n| %-62s | %8s | %8s | %8s | %22s | %7s | %7s |\n' tool "wall s" "CPU s" "RSS MiB" matches "vs grep" "CPU vs"
	printf '|%s|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..64})" "----------" "----------" "----------" "------------------------" "---------" "---------"
	for r in "${rows[@]}"; do
		IFS='|' read -r tool w c m n <<<"$r"
		ratio=- cratio=-
		if [[ -n $grep_wall && $w != FAILED && $n != - ]]; then
			ratio=$(awk -v a="$w" -v b="$grep_wall" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }')
			cratio=$(awk -v a="$c" -v b="$grep_cpu" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }')
		fi
		printf '| %-62s | %8s | %8s | %8s | %22s | %7s | %7s |\n' "$tool" "$w" "$c" "$m" "$n" "$ratio" "$cratio"
	done
	rows=()
}

# $tmp/pyac.py ALIASES CORPUS: pyahocorasick's leftmost-longest matches
# (iter_long), one a line like grep -o, building the automaton included.
cat >"$tmp/pyac.py" <<'EOF'
import sys, ahocorasick
a = ahocorasick.Automaton()
with open(sys.argv[1], encoding="utf-8") as f:
    for w in f:
        w = w.rstrip("\n")
        if w:
            a.add_word(w, len(w))
a.make_automaton()
out = sys.stdout
with open(sys.argv[2], encoding="utf-8") as f:
    for line in f:
        for end, n in a.iter_long(line):
            out.write(line[end - n + 1:end + 1] + "\n")
EOF

# others ALIASES CORPUS: times grep (setting grep_wall), rg and
# pyahocorasick, and sets others to their counts.
others() {
	local list=$1 corpus=$2
	measure env LC_ALL=C grep -F -o -f "$list" "$corpus"
	row "LC_ALL=C grep -F -o -f aliases.txt" "${counts%% *}"
	((ok)) && grep_wall=$wall grep_cpu=$cpu
	others="grep ${counts%% *}"
	if ((have_rg)); then
		measure rg -F -o -f "$list" "$corpus"
		row "rg -F -o -f aliases.txt" "${counts%% *}"
		((ok)) && others+=", rg ${counts%% *}"
	fi
	if ((have_pyac)); then
		measure /usr/bin/python3 "$tmp/pyac.py" "$list" "$corpus"
		row "pyahocorasick iter_long (build included)" "${counts%% *}"
		((ok)) && others+=", pyahocorasick ${counts%% *}"
	fi
	return 0
}

kg_mentions=("$kg" mentions -q --no-builtin "${kg_flags[@]}")
before_mentions=("${KG_BEFORE:-}" mentions -q --no-builtin "${kg_flags[@]}")

# before_row LABEL ARGS...: with KG_BEFORE, times it as kg mentions ARGS...
# and appends its row, LABEL marked as KG_BEFORE's.
before_row() {
	local label=$1
	shift
	[[ -n ${KG_BEFORE:-} ]] || return 0
	measure "${before_mentions[@]}" "$@"
	row "$label (KG_BEFORE)" "$(kg_matches)"
}

# kg_matches: the count of the last kg run, with its split by how.
kg_matches() {
	local n e f c
	read -r n e f c <<<"$counts"
	if ((f + c > 0)); then
		echo "$n ($e exact, $f fuzzy, $c coref)"
	else
		echo "$n"
	fi
}

# --- modes ----------------------------------------------------------------

# kg_runs NAME FILE CORPUS [FLAGS...]: kg mentions on CORPUS with the
# dictionary FILE, a first run (empty cache) and a repeated one (the cache
# filled by the run before), with and without --no-fuzzy if NOFUZZY=1.
kg_runs() {
	local name=$1 file=$2 corpus=$3 fz
	shift 3
	for fz in "" --no-fuzzy; do
		[[ -n $fz && $nofuzzy != 1 ]] && continue
		fresh=1 measure "${kg_mentions[@]}" $fz "$@" --dict "$file" "$corpus"
		row "kg mentions${fz:+ $fz} --dict $name, first run" "$(kg_matches)"
		((ok)) || continue
		kg_n=${counts%% *}
		measure "${kg_mentions[@]}" $fz "$@" --dict "$file" "$corpus"
		row "kg mentions${fz:+ $fz} --dict $name, repeated (cache)" "$(kg_matches)"
		fresh=1 before_row "kg mentions${fz:+ $fz} --dict $name, first run" $fz "$@" --dict "$file" "$corpus"
		before_row "kg mentions${fz:+ $fz} --dict $name, repeated (cache)" $fz "$@" --dict "$file" "$corpus"
	done
}

compare() {
	gen "$corpus_mb" txt
	local corpus=$data/corpus-${corpus_mb}mb.txt
	header
	echo "corpus:  $corpus: $(mib "$(stat -c %s "$corpus")") MiB, $(wc -l <"$corpus") documents (lines)"
	[[ -n ${KG_BEFORE:-} ]] && echo "before:  KG_BEFORE=$KG_BEFORE"
	echo "runs:    $repeat per command, median wall and CPU (user+sys) time, largest peak RSS; kg -j default ($(nproc))"
	echo "measuring ..." >&2

	fresh=1 measure "${kg_mentions[@]}" --dict "$dict" - </dev/null
	row "kg: load dict.tsv only (empty input), first run" -
	measure "${kg_mentions[@]}" --dict "$dict" - </dev/null
	row "kg: load dict.tsv only, repeated (cache)" -
	kg_runs dict.tsv "$dict" "$corpus"
	if [[ $yaml == 1 ]]; then
		fresh=1 measure "${kg_mentions[@]}" --dict "$dict_yaml" - </dev/null
		row "kg: load dict.yaml only (empty input), first run" -
		kg_runs dict.yaml "$dict_yaml" "$corpus"
	fi
	local notes=() fz kgc
	if ((has_compile)); then
		# Without --fuzzy the compiled file holds no typo-tolerance index:
		# compare it with the --no-fuzzy rows.
		for fz in "" --fuzzy; do
			[[ -n $fz ]] && ! "$kg" help 2>&1 | grep -q -- 'dict compile \[--fuzzy\]' && continue
			kgc=$tmp/dict${fz:+-fuzzy}.kgc
			measure "$kg" dict compile $fz "$dict" -o "$kgc"
			row "kg dict compile${fz:+ $fz} dict.tsv" -
			((ok)) || continue
			notes+=("dict${fz:+-fuzzy}.kgc: $(mib "$(stat -c %s "$kgc")") MiB")
			measure "${kg_mentions[@]}" --dict "$kgc" - </dev/null
			row "kg: load dict${fz:+-fuzzy}.kgc only (empty input)" -
			measure "${kg_mentions[@]}" --dict "$kgc" "$corpus"
			row "kg mentions --dict dict${fz:+-fuzzy}.kgc" "$(kg_matches)"
			before_row "kg mentions --dict dict${fz:+-fuzzy}.kgc" --dict "$kgc" "$corpus"
		done
	fi
	others "$list" "$corpus"
	print_table
	echo
	((${#notes[@]})) && echo "Sizes: $(printf '%s, ' "${notes[@]}")dict.tsv: $(mib "$(stat -c %s "$dict")") MiB, aliases: $(mib "$(stat -c %s "$list")") MiB."
	echo "Matches: kg folds case and NFKC and keeps Latin word boundaries; grep, rg and"
	echo "pyahocorasick (no -i, no -w) match exactly, so counts may differ slightly (kg $kg_n, $others)."
	echo "grep -o and pyahocorasick iter_long report leftmost-longest matches, rg leftmost-first."
}

sizes_mode() {
	local n
	for n in ${SIZES:-1000 10000 100000 1000000}; do
		use_aliases "$n"
		echo
		echo "## $n aliases"
		echo
		compare
	done
}

# shapes_mode: the cases that are super-linear for a matcher that keeps
# every overlapping candidate.
shapes_mode() {
	local sd=$data_root/shapes-seed$seed-a$aliases-${corpus_mb}mb shape
	mkdir -p "$sd"
	for shape in nested prefix; do
		if [[ ! -s $sd/$shape-corpus.txt ]]; then
			echo "generating the $shape case in $sd ..." >&2
			go run ./internal/gen -out "$sd" -shape "$shape" -aliases "$aliases" -corpus-mb "$corpus_mb" -seed "$seed"
		fi
	done
	echo "date:    $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
	echo "host:    $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
	echo "kg:      ${KG_BIN:-$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)'), $(go version | cut -d' ' -f3)}"
	echo "runs:    $repeat per command, median wall and CPU (user+sys) time, largest peak RSS"
	for shape in nested prefix; do
		echo
		case $shape in
		nested) echo "### nested: aliases 一, 一一, … 100 deep; corpus $(mib "$(stat -c %s "$sd/nested-corpus.txt")") MiB of 一 on one line" ;;
		prefix) echo "### prefix: $aliases aliases sharing a 20-letter prefix; corpus $(mib "$(stat -c %s "$sd/prefix-corpus.txt")") MiB of such words" ;;
		esac
		kg_runs "$shape-dict.tsv" "$sd/$shape-dict.tsv" "$sd/$shape-corpus.txt"
		others "$sd/$shape-aliases.txt" "$sd/$shape-corpus.txt"
		print_table
	done
}

jobs_mode() {
	gen "$corpus_mb" jsonl
	local corpus=$data/corpus-${corpus_mb}mb.jsonl docs j w1=
	docs=$(wc -l <"$corpus")
	header
	echo "corpus:  $corpus: $(mib "$(stat -c %s "$corpus")") MiB, $docs JSON Lines documents"
	echo "runs:    $repeat per command, median wall time, largest peak RSS"
	echo "measuring ..." >&2
	measure "${kg_mentions[@]}" --dict "$dict" - </dev/null
	local load=$wall
	printf '\n| %-10s | %9s | %9s | %10s | %16s | %12s | %7s |\n' jobs "wall s" "RSS MiB" "docs/s" "docs/s past load" mentions "speedup"
	printf '|------------|-----------|-----------|------------|------------------|--------------|---------|\n'
	printf '| %-10s | %9s | %9.0f | %10s | %16s | %12s | %7s |\n' "load only" "$load" "$rss" - - - -
	local js=(1 2)
	(($(nproc) > 2)) && js+=("$(nproc)")
	for j in "${js[@]}"; do
		measure "${kg_mentions[@]}" -j "$j" --dict "$dict" "$corpus"
		if ((!ok)); then
			printf '| %-10s | %9s | %9s | %10s | %16s | %12s | %7s |\n' "-j $j" FAILED - - - - -
			continue
		fi
		[[ -z $w1 ]] && w1=$wall
		printf '| %-10s | %9s | %9.0f | %10s | %16s | %12s | %7s |\n' "-j $j" "$wall" "$rss" \
			"$(awk -v d="$docs" -v w="$wall" 'BEGIN { printf "%.0f", (w > 0 ? d / w : 0) }')" \
			"$(awk -v d="$docs" -v w="$wall" -v l="$load" 'BEGIN { printf "%.0f", (w > l ? d / (w - l) : 0) }')" "$(kg_matches)" \
			"$(awk -v a="$w1" -v b="$wall" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }')"
	done
	echo
	echo "Wall times include loading the dictionary (the \"load only\" row), which -j does not speed up."
}

memory_mode() {
	local sizes mb corpus need avail todo=()
	read -r -a sizes <<<"${MEMORY_SIZES:-100 1024}"
	gen 0 txt
	for mb in "${sizes[@]}"; do
		if [[ ! -s $data/corpus-${mb}mb.txt ]]; then
			# The corpus itself plus 1 GiB to spare.
			need=$(((mb + 1024) * 1024))
			avail=$(df -Pk "$data" | awk 'NR == 2 { print $4 }')
			if ((avail < need)); then
				echo "compare.sh: skipping the ${mb} MiB corpus: $((avail / 1024)) MiB free in $data, want $((need / 1024))" >&2
				continue
			fi
			gen "$mb" txt
		fi
		todo+=("$mb")
	done
	header
	echo "runs:    $repeat per corpus; kg -j default ($(nproc))"
	echo "measuring ..." >&2
	measure "${kg_mentions[@]}" --dict "$dict" - </dev/null
	local empty_wall=$wall empty_rss=$rss out=()
	for mb in "${todo[@]}"; do
		corpus=$data/corpus-${mb}mb.txt
		measure "${kg_mentions[@]}" --dict "$dict" "$corpus"
		if ((!ok)); then
			out+=("$(printf '| %-12s | %9s | %9s | %8s | %12s |' "${mb} MiB" FAILED - - -)")
			continue
		fi
		out+=("$(printf '| %-12s | %9s | %9.0f | %8s | %12s |' "${mb} MiB" "$wall" "$rss" \
			"$(awk -v b="$(stat -c %s "$corpus")" -v w="$wall" 'BEGIN { printf "%.1f", (w > 0 ? b / 1048576 / w : 0) }')" "$(kg_matches)")")
	done
	printf '\n| %-12s | %9s | %9s | %8s | %12s |\n' corpus "wall s" "RSS MiB" "MiB/s" mentions
	printf '|--------------|-----------|-----------|----------|--------------|\n'
	printf '| %-12s | %9s | %9.0f | %8s | %12s |\n' "empty" "$empty_wall" "$empty_rss" - -
	((${#out[@]})) && printf '%s\n' "${out[@]}"
	echo
	echo "kg reads a plain-text file in 1 MiB blocks, so its peak RSS should not grow with the corpus."
}

# prose FILE MB: FILE holds copies of the embedded article, MB MiB or a
# little more.
prose() {
	local file=$1 mb=$2 article=$repo/cmd/kg/seed/ilya-interview-zh.txt n i
	[[ -s $file ]] && return 0
	echo "writing $file ..." >&2
	n=$(((mb * 1048576 + $(stat -c %s "$article") - 1) / $(stat -c %s "$article")))
	for ((i = 0; i < n; i++)); do cat "$article"; done >"$file.tmp"
	mv "$file.tmp" "$file"
}

# prose_dir DIR MB: DIR holds MB MiB of copies of the embedded article, one
# a file.
prose_dir() {
	local dir=$1 mb=$2 article=$repo/cmd/kg/seed/ilya-interview-zh.txt n i
	[[ -d $dir ]] && return 0
	echo "writing $dir ..." >&2
	n=$(((mb * 1048576 + $(stat -c %s "$article") - 1) / $(stat -c %s "$article")))
	mkdir -p "$dir.tmp"
	for ((i = 0; i < n; i++)); do cp "$article" "$(printf '%s/doc-%05d.txt' "$dir.tmp" "$i")"; done
	mv "$dir.tmp" "$dir"
}

# extract_row KG CORPUS J RATIO: appends the last measurement to out.
extract_row() {
	out+=("$(printf '| %-9s | %-22s | %2s | %8s | %8s | %8.0f | %10s | %9s |' "$1" "$2" "$3" "$wall" "$cpu" "$rss" "${counts%% *}" "$4")")
}

# extract_mode: kg extract's memory and its speed-up from -j 1 to -j 2, on
# prose with many facts and the built-in dictionary; with KG_BEFORE, the
# same for another kg, each command right after this kg's so that both
# meet the same load.
extract_mode() {
	local pd=$data_root/prose jobs_mb=${JOBS_MB:-20} one docs kgs=("$kg") names=(kg) k j out=()
	mkdir -p "$pd"
	one=$pd/prose-${corpus_mb}mb.txt docs=$pd/docs-${jobs_mb}mb
	prose "$one" "$corpus_mb"
	prose_dir "$docs" "$jobs_mb"
	if [[ -n ${KG_BEFORE:-} ]]; then
		kgs+=("$KG_BEFORE") names+=(KG_BEFORE)
	fi
	# N-Quads are counted by lines; awk would take a core from kg.
	count() { echo "$(wc -l) 0 0 0"; }
	echo "date:    $(date -u '+%Y-%m-%d %H:%M:%S UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "host:    $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(awk '/MemTotal/ { printf "%.1f GiB RAM", $2 / 1048576 }' /proc/meminfo)"
	echo "kg:      ${KG_BIN:-$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)'), $(go version | cut -d' ' -f3)}"
	[[ -n ${KG_BEFORE:-} ]] && echo "before:  KG_BEFORE=$KG_BEFORE"
	echo "corpora: $one: $(mib "$(stat -c %s "$one")") MiB, one document; $docs: $(ls "$docs" | wc -l) documents, $(mib "$(du -sb "$docs" | cut -f1)") MiB"
	echo "runs:    $repeat per command, median wall and CPU (user+sys) time, largest peak RSS"
	echo "measuring ..." >&2
	local -A wall1
	for k in "${!kgs[@]}"; do
		measure "${kgs[$k]}" extract -q -j 2 "$one"
		extract_row "${names[$k]}" "${corpus_mb} MiB, one file" 2 -
	done
	for j in 1 2; do
		for k in "${!kgs[@]}"; do
			measure "${kgs[$k]}" extract -q -j "$j" "$docs"
			if [[ $j == 1 ]]; then
				wall1[$k]=$wall
				extract_row "${names[$k]}" "${jobs_mb} MiB, a file a copy" 1 -
			else
				extract_row "${names[$k]}" "${jobs_mb} MiB, a file a copy" 2 "$(awk -v a="${wall1[$k]}" -v b="$wall" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }')"
			fi
		done
	done
	printf '\n| %-9s | %-22s | %2s | %8s | %8s | %8s | %10s | %9s |\n' kg corpus -j "wall s" "CPU s" "RSS MiB" "lines" "-j 2 vs 1"
	printf '|-----------|------------------------|----|----------|----------|----------|------------|-----------|\n'
	printf '%s\n' "${out[@]}"
	echo
	echo "The machine's other load counts: compare kg with KG_BEFORE in the same run, and the"
	echo "load average above with $(nproc) CPUs."
}

case $mode in
compare) compare ;;
sizes) sizes_mode ;;
shapes) shapes_mode ;;
jobs) jobs_mode ;;
memory) memory_mode ;;
extract) extract_mode ;;
esac
