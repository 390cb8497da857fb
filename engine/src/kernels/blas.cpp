#include "kernels/blas.h"

// The Fortran BLAS entry point (libblas.so.3); column-major.
extern "C" void sgemm_(const char* transa, const char* transb, const int* m, const int* n,
                       const int* k, const float* alpha, const float* a, const int* lda,
                       const float* b, const int* ldb, const float* beta, float* c, const int* ldc);
extern "C" void dgemm_(const char* transa, const char* transb, const int* m, const int* n,
                       const int* k, const double* alpha, const double* a, const int* lda,
                       const double* b, const int* ldb, const double* beta, double* c,
                       const int* ldc);

namespace unroll::blas {

void gemm(bool transpose_a, bool transpose_b, int m, int n, int k, float alpha, const float* a,
          int lda, const float* b, int ldb, float beta, float* c, int ldc) {
    // A row-major matrix read column-major is its transpose, so C = op(A)·op(B) is computed as
    // Cᵀ = op(B)ᵀ·op(A)ᵀ: swap the operands and the sizes m and n.
    const char ta = transpose_b ? 'T' : 'N';
    const char tb = transpose_a ? 'T' : 'N';
    sgemm_(&ta, &tb, &n, &m, &k, &alpha, b, &ldb, a, &lda, &beta, c, &ldc);
}

void gemm(bool transpose_a, bool transpose_b, int m, int n, int k, double alpha, const double* a,
          int lda, const double* b, int ldb, double beta, double* c, int ldc) {
    const char ta = transpose_b ? 'T' : 'N';
    const char tb = transpose_a ? 'T' : 'N';
    dgemm_(&ta, &tb, &n, &m, &k, &alpha, b, &ldb, a, &lda, &beta, c, &ldc);
}

}  // namespace unroll::blas
