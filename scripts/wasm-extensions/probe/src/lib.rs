use base64::Engine;
use num_bigint::BigInt;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

fn err<E: std::fmt::Display>(e: E) -> PyErr {
    PyValueError::new_err(e.to_string())
}

/// Parse JSON bytes into Python objects with jiter (pydantic-core's JSON parser).
#[pyfunction]
fn parse_json<'py>(py: Python<'py>, data: &[u8]) -> PyResult<Bound<'py, PyAny>> {
    jiter::PythonParse::default().python_parse(py, data).map_err(err)
}

/// Parse an ISO date with speedate (pydantic-core's date parser); returns (y, m, d).
#[pyfunction]
fn parse_date(s: &str) -> PyResult<(u16, u8, u8)> {
    let d = speedate::Date::parse_str(s).map_err(err)?;
    Ok((d.year, d.month, d.day))
}

/// serde_json with arbitrary_precision + preserve_order: re-serialises unchanged.
#[pyfunction]
fn json_roundtrip(s: &str) -> PyResult<String> {
    let v: serde_json::Value = serde_json::from_str(s).map_err(err)?;
    serde_json::to_string(&v).map_err(err)
}

/// url (with idna), regex, uuid, base64, hex in one call.
#[pyfunction]
fn misc(u: &str) -> PyResult<Vec<String>> {
    let url = url::Url::parse(u).map_err(err)?;
    let re = regex::Regex::new(r"^[a-z]+://").map_err(err)?;
    let id = uuid::Uuid::parse_str("67e55044-10b1-426f-9247-bb680e5fe0c8").map_err(err)?;
    let b = base64::engine::general_purpose::STANDARD.encode(hex::decode("707964616e746963").map_err(err)?);
    Ok(vec![url.to_string(), re.is_match(u).to_string(), id.get_version_num().to_string(), b])
}

/// num-bigint <-> Python int.
#[pyfunction]
fn bigint_double(n: BigInt) -> BigInt {
    n * 2
}

#[derive(strum_macros::EnumString, strum_macros::Display)]
#[strum(serialize_all = "snake_case")]
enum Mode {
    Strict,
    Lax,
}

#[pyfunction]
fn mode(s: &str) -> PyResult<String> {
    let m: Mode = s.parse().map_err(err)?;
    Ok(match m {
        Mode::Strict => Mode::Lax.to_string(),
        Mode::Lax => Mode::Strict.to_string(),
    })
}

/// Panics on purpose: pyo3 must turn it into pyo3_runtime.PanicException.
#[pyfunction]
fn panic_now(msg: &str) -> PyResult<()> {
    panic!("{}", msg)
}

#[pyfunction]
fn add(a: i64, b: i64) -> i64 {
    a + b
}

#[pymodule]
fn _course_wasm_probe(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(parse_json, m)?)?;
    m.add_function(wrap_pyfunction!(parse_date, m)?)?;
    m.add_function(wrap_pyfunction!(json_roundtrip, m)?)?;
    m.add_function(wrap_pyfunction!(misc, m)?)?;
    m.add_function(wrap_pyfunction!(bigint_double, m)?)?;
    m.add_function(wrap_pyfunction!(mode, m)?)?;
    m.add_function(wrap_pyfunction!(panic_now, m)?)?;
    m.add_function(wrap_pyfunction!(add, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
