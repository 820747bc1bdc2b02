package kz.edu.leaders.cohort;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Cohorts: read by everyone signed in, created and edited by process owners (see SecurityConfig). */
@RestController
@RequestMapping("/api/cohorts")
public class CohortController {

  private final CohortService cohorts;

  public CohortController(CohortService cohorts) {
    this.cohorts = cohorts;
  }

  @PostMapping
  public ResponseEntity<CohortView> create(@Valid @RequestBody CohortSpec spec) {
    Cohort cohort = cohorts.create(spec);
    return ResponseEntity.created(URI.create("/api/cohorts/" + cohort.getYear())).body(CohortView.of(cohort));
  }

  @PutMapping("/{year}")
  public CohortView update(@PathVariable int year, @Valid @RequestBody CohortSpec spec) {
    return CohortView.of(cohorts.update(year, spec));
  }

  @GetMapping("/{year}")
  public CohortView find(@PathVariable int year) {
    return CohortView.of(cohorts.find(year));
  }

  @GetMapping
  public List<CohortView> all() {
    return cohorts.all().stream().map(CohortView::of).toList();
  }
}
