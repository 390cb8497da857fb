// Row-major single-precision GEMM straight into the system BLAS (OpenBLAS on Debian), the same
// library libtorch calls. The fused kernels use it on raw pointers because at the chapter's sizes
// (64 x 64 matrices) ATen's per-call dispatch costs as much as the multiplication itself.
#pragma once

namespace unroll::blas {

// C (m x n) = alpha · op(A) · op(B) + beta · C, all row-major with leading dimensions lda, ldb,
// ldc; op(X) is X or Xᵀ. op(A) is m x k, op(B) is k x n.
void gemm(bool transpose_a, bool transpose_b, int m, int n, int k, float alpha, const float* a,
          int lda, const float* b, int ldb, float beta, float* c, int ldc);
// The same in double precision, for kernels tested against references to 1e-10.
void gemm(bool transpose_a, bool transpose_b, int m, int n, int k, double alpha, const double* a,
          int lda, const double* b, int ldb, double beta, double* c, int ldc);

}  // namespace unroll::blas
