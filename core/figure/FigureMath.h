// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <numbers>

namespace limber::figure {

/// A point or direction in the figure's world, in centimetres: x to the figure's
/// left when it stands at rest, y up, z forward (where it faces at rest).
struct Vec3
{
    double x = 0;
    double y = 0;
    double z = 0;

    friend Vec3 operator+(Vec3 a, Vec3 b) { return {a.x + b.x, a.y + b.y, a.z + b.z}; }
    friend Vec3 operator-(Vec3 a, Vec3 b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }
    friend Vec3 operator*(Vec3 a, double s) { return {a.x * s, a.y * s, a.z * s}; }
    friend bool operator==(const Vec3 &, const Vec3 &) = default;
};

inline double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

/// A rotation; columns are the rotated x, y and z axes.
struct Mat3
{
    double m[3][3] = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

    Vec3 operator*(Vec3 v) const
    {
        return {m[0][0] * v.x + m[0][1] * v.y + m[0][2] * v.z,
                m[1][0] * v.x + m[1][1] * v.y + m[1][2] * v.z,
                m[2][0] * v.x + m[2][1] * v.y + m[2][2] * v.z};
    }
    Mat3 operator*(const Mat3 &o) const
    {
        Mat3 r;
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                r.m[i][j] = m[i][0] * o.m[0][j] + m[i][1] * o.m[1][j] + m[i][2] * o.m[2][j];
        return r;
    }
    Vec3 axis(int column) const { return {m[0][column], m[1][column], m[2][column]}; }

    /// Tilts +y toward +z for a positive angle (bending forward).
    static Mat3 aboutX(double degrees)
    {
        const double c = std::cos(radians(degrees));
        const double s = std::sin(radians(degrees));
        return {{{1, 0, 0}, {0, c, -s}, {0, s, c}}};
    }
    /// Turns +z toward +x for a positive angle (turning to the figure's left).
    static Mat3 aboutY(double degrees)
    {
        const double c = std::cos(radians(degrees));
        const double s = std::sin(radians(degrees));
        return {{{c, 0, s}, {0, 1, 0}, {-s, 0, c}}};
    }
    /// Tilts +y toward -x for a positive angle.
    static Mat3 aboutZ(double degrees)
    {
        const double c = std::cos(radians(degrees));
        const double s = std::sin(radians(degrees));
        return {{{c, -s, 0}, {s, c, 0}, {0, 0, 1}}};
    }
};

} // namespace limber::figure
