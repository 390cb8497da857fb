#!/usr/bin/env bash
# Makes build/gpu-deps: the libraries the engine and unroll-cli build against besides libtorch
# (nlohmann-json, CLI11, utfcpp, Gloo and SentencePiece's headers, SentencePiece's and OpenBLAS's
# shared libraries), unpacked from Debian 12's packages on this machine, for a GPU machine that has a
# CUDA PyTorch, CMake and a compiler but neither these nor a network. Carry build/gpu-deps there;
# bench/gpu_check.sh builds against it (UNROLL_DEPS). OpenBLAS is the pthread build, so that it
# brings no OpenMP runtime beside the one in the PyTorch wheel.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build/gpu-deps}
packages=(nlohmann-json3-dev libcli11-dev libutfcpp-dev libsentencepiece-dev libsentencepiece0 libgloo-dev
          libopenblas0-pthread libgfortran5 libquadmath0)
debs=$(mktemp -d)
trap 'rm -rf "$debs"' EXIT
chmod 777 "$debs"  # apt-get download drops root to _apt, which must be able to write here
(cd "$debs" && apt-get download "${packages[@]}" >/dev/null)
rm -rf "$out"
mkdir -p "$out"
for deb in "$debs"/*.deb; do dpkg-deb -x "$deb" "$out"; done
lib="$out/usr/lib/x86_64-linux-gnu"
# What update-alternatives would do on an installed system: libblas.so.3 is OpenBLAS.
ln -sf openblas-pthread/libblas.so.3 "$lib/libblas.so.3"
ln -sf libblas.so.3 "$lib/libblas.so"  # for find_library(blas), before any system BLAS
ln -sf openblas-pthread/libopenblas.so.0 "$lib/libopenblas.so.0"
# Within what a device call carries (64 MiB with the working tree): no LAPACK, no symbols.
rm -rf "$out/usr/share/doc" "$out/usr/share/lintian" "$lib/openblas-pthread/liblapack.so.3"
strip --strip-unneeded "$lib"/openblas-pthread/libopenblasp-*.so "$lib"/libgfortran.so.5.* \
    "$lib"/libsentencepiece*.so.0.0.0
echo "gpu_deps: $(du -sh "$out" | cut -f1) in $out"
